using Generator.Diagnostics;

namespace Generator.Glossary;

/// <summary>
/// Words so common that a term spelled like one would be linked all over the prose ("In", "The", "US" as "us").
/// A term whose name or alias is one of them, matched regardless of case, gets a warning.
/// </summary>
public static class CommonWords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "because", "been", "but", "by",
        "can", "could", "day", "did", "do", "even", "first", "for", "from", "get", "give", "go", "good", "had", "has", "have",
        "he", "her", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "know", "like", "look", "make",
        "me", "more", "most", "my", "new", "no", "not", "now", "of", "on", "one", "only", "or", "other", "our", "out", "over",
        "people", "said", "say", "see", "she", "so", "some", "take", "than", "that", "the", "their", "them", "then", "there",
        "these", "they", "think", "this", "time", "to", "two", "up", "us", "use", "was", "way", "we", "well", "were", "what",
        "when", "which", "who", "will", "with", "work", "would", "year", "you", "your",
    };

    public static bool IsCommon(string form) => Words.Contains(form.Trim());

    public static void WarnIfCommon(string name, IEnumerable<string> aliases, bool caseSensitive, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (caseSensitive)
        {
            return;
        }

        foreach (var form in aliases.Prepend(name).Where(IsCommon))
        {
            diagnostics.Warning(location, $"the term '{form}' is a common word, so it would be linked wherever the word appears",
                "set 'case_sensitive: true' if only one capitalisation is the term (an acronym), or use a longer name.");
        }
    }
}
