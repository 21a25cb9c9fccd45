namespace Generator.Prose;

/// <summary>
/// Where sentences of prose start and end: a backlink quotes the sentence that holds the link, and a link preview shows
/// a story's first sentences. A sentence ends at '.', '!', '?' or '…' (and any closing quotes or brackets) before white
/// space, unless the word before a full stop is a common abbreviation ("Mr.", "Dec.") or has full stops of its own ("U.S.").
/// </summary>
public static class Sentences
{
    /// <summary>How long a quoted sentence may be: a longer one is cut around the link, with an ellipsis.</summary>
    public const int Longest = 320;

    private const string Closers = "\"'”’»)]";

    /// <summary>The sentence (or sentences) of <paramref name="text"/> that hold the characters from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static string Around(string text, int start, int end)
    {
        var from = 0;
        for (var position = start - 1; position >= 0; position--)
        {
            if (EndsAt(text, position) is { } next && next <= start)
            {
                from = next;
                break;
            }
        }

        var to = text.Length;
        for (var position = Math.Max(end - 1, from); position < text.Length; position++)
        {
            if (EndsAt(text, position) is { } next)
            {
                to = next;
                break;
            }
        }

        var sentence = text[from..to].Trim();
        if (sentence.Length <= Longest)
        {
            return sentence;
        }

        // Too long to quote whole: keep the link with as much around it as fits.
        var linkStart = Math.Max(0, start - from);
        var cutStart = Math.Max(0, Math.Min(linkStart - Longest / 3, sentence.Length - Longest));
        var cut = sentence.Substring(cutStart, Math.Min(Longest, sentence.Length - cutStart)).Trim();
        return (cutStart > 0 ? "… " : "") + cut + (cutStart + Longest < sentence.Length ? " …" : "");
    }

    /// <summary>The first sentences of <paramref name="text"/>, as many as fit in <paramref name="length"/> characters (at least one, cut if it must be).</summary>
    public static string Opening(string text, int length)
    {
        var trimmed = text.TrimStart();
        var taken = 0;
        for (var position = 0; position < trimmed.Length; position++)
        {
            if (EndsAt(trimmed, position) is not { } next)
            {
                continue;
            }

            if (next > length && taken > 0)
            {
                break;
            }

            taken = next;
            position = next - 1;
            if (taken >= length)
            {
                break;
            }
        }

        if (taken == 0)
        {
            taken = trimmed.Length;
        }

        var opening = trimmed[..taken].Trim();
        if (opening.Length <= length)
        {
            return opening;
        }

        var space = opening.LastIndexOf(' ', length - 1);
        return opening[..(space > 0 ? space : length - 1)].TrimEnd() + " …";
    }

    /// <summary>When a sentence ends at <paramref name="position"/>, where the next one starts; otherwise null.</summary>
    private static int? EndsAt(string text, int position)
    {
        var character = text[position];
        if (character == '\n')
        {
            return position + 1;
        }

        if (character is not ('.' or '!' or '?' or '…'))
        {
            return null;
        }

        var after = position + 1;
        while (after < text.Length && Closers.Contains(text[after]))
        {
            after++;
        }

        if (after < text.Length && !char.IsWhiteSpace(text[after]))
        {
            return null;
        }

        return character == '.' && IsAbbreviation(text, position) ? null : Math.Min(after + 1, text.Length);
    }

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Prof", "Gen", "Gov", "Sen", "Rep", "Lt", "Col", "Capt", "Sgt", "Maj", "Adm",
        "No", "vs", "etc", "approx", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "ст", "вул", "м", "р", "рр", "див", "тис", "млн", "млрд",
    };

    private static bool IsAbbreviation(string text, int fullStop)
    {
        var start = fullStop;
        while (start > 0 && char.IsLetter(text[start - 1]) || start > 0 && text[start - 1] == '.')
        {
            start--;
        }

        var word = text[start..fullStop];
        return word.Contains('.') || Abbreviations.Contains(word);
    }
}
