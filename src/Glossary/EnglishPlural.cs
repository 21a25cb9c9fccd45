namespace Generator.Glossary;

/// <summary>
/// Derives the plural of a term's last word for <c>plural: true</c> by the regular English rules. Irregular plurals
/// ("agreements" is regular; "crises" is not) are written out by the editor instead.
/// </summary>
public static class EnglishPlural
{
    public static string Of(string form)
    {
        var lastSpace = form.LastIndexOf(' ');
        var head = form[..(lastSpace + 1)];
        var word = form[(lastSpace + 1)..];
        if (word.Length == 0 || !char.IsLetter(word[^1]))
        {
            return form;
        }

        var upper = word.All(c => !char.IsLetter(c) || char.IsUpper(c));
        string plural;
        if (upper)
        {
            // Acronyms take a plain lower-case s: "NGOs".
            plural = word + "s";
        }
        else if (word.EndsWith('y') && word.Length > 1 && !"aeiou".Contains(char.ToLowerInvariant(word[^2])))
        {
            plural = word[..^1] + "ies";
        }
        else if (word.EndsWith('s') || word.EndsWith('x') || word.EndsWith('z') || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal))
        {
            plural = word + "es";
        }
        else
        {
            plural = word + "s";
        }

        return head + plural;
    }
}
