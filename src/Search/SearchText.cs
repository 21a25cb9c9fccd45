using System.Globalization;
using System.Text;
using Generator.Content.Unicode;

namespace Generator.Search;

/// <summary>
/// How text becomes the words of the search index, the same way the search script reads a query: a word is a run of
/// letters and digits (so "Russia's" is "russia" and "s", and "cease-fire" is two words), folded to lower case with
/// its diacritics removed — canonical decomposition, then the combining marks dropped, so "Zelenskyy", "Zélensky" and
/// "ZELENSKYY" meet, and Cyrillic "ё" finds "е". The script does the same with <c>normalize("NFD")</c>, a
/// <c>\p{M}</c> replace and <c>toLowerCase()</c>.
/// </summary>
public static class SearchText
{
    /// <summary>Words shorter than this are not indexed: a lone letter is the tail of a possessive or an initial.</summary>
    public const int ShortestWord = 2;

    /// <summary>Longer runs are not words a reader types (hashes, joined-up addresses).</summary>
    public const int LongestWord = 40;

    /// <summary>Each word of the text, normalized, with where it starts and how long it is in the text.</summary>
    public static IEnumerable<(int Start, int Length, string Word)> Words(string text)
    {
        var index = 0;
        while (index < text.Length)
        {
            while (index < text.Length && !IsWordCharacter(text, index))
            {
                index++;
            }

            var start = index;
            while (index < text.Length && IsWordCharacter(text, index))
            {
                index++;
            }

            if (index > start && Normalize(text.AsSpan(start, index - start)) is { Length: >= ShortestWord and <= LongestWord } word)
            {
                yield return (start, index - start, word);
            }
        }
    }

    /// <summary>A word as the index keeps it: lower case, without diacritics.</summary>
    public static string Normalize(ReadOnlySpan<char> word)
    {
        var folded = new StringBuilder(word.Length);
        foreach (var rune in word.EnumerateRunes())
        {
            AppendBase(rune.Value, folded);
        }

        return folded.ToString();
    }

    private static void AppendBase(int code, StringBuilder into)
    {
        if (code < 0x80)
        {
            into.Append(char.ToLowerInvariant((char)code));
            return;
        }

        if (CanonicalTable.Instance.TryDecompose(code, out var parts))
        {
            AppendBase(parts.First, into);
            if (parts.Second != 0)
            {
                AppendBase(parts.Second, into);
            }

            return;
        }

        var rune = new Rune(code);
        if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
        {
            return;
        }

        into.Append(Rune.ToLowerInvariant(rune).ToString());
    }

    /// <summary>Letters, digits and the combining marks that belong to a letter (a decomposed "é" is one word).</summary>
    private static bool IsWordCharacter(string text, int index)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(text, index);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }
}
