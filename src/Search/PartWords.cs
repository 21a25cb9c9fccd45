using Generator.Glossary;

namespace Generator.Search;

/// <summary>The words of one search result as they are read: for each, the best weight found and how often the prose has it.</summary>
/// <param name="shared">The build's one string per word (<see cref="SharedWords"/>).</param>
internal sealed class PartWords(GlossaryIndex glossary, SharedWords shared)
{
    private readonly Dictionary<string, (int Weight, int ProseCount)> _words = new(StringComparer.Ordinal);
    private readonly HashSet<Term> _terms = new(ReferenceEqualityComparer.Instance);

    /// <summary>Adds the words of <paramref name="text"/> with <paramref name="weight"/>, and the names of every term it mentions.</summary>
    public void Add(string text, int weight)
    {
        foreach (var word in SearchText.WordsIn(text, stackalloc char[SearchText.WordBuffer]))
        {
            Add(word.Normalized, weight, weight == SearchWeight.Prose ? 1 : 0);
        }

        foreach (var match in glossary.Matcher.FindAll(text))
        {
            AddTerm(match.Term);
        }
    }

    /// <summary>A term the text mentions: its name, aliases and plurals all find this result.</summary>
    public void AddTerm(Term term)
    {
        if (!_terms.Add(term))
        {
            return;
        }

        Span<char> buffer = stackalloc char[SearchText.WordBuffer];
        foreach (var form in term.Forms)
        {
            foreach (var word in SearchText.WordsIn(form, buffer))
            {
                Add(word.Normalized, SearchWeight.Term, 0);
            }
        }
    }

    /// <summary>Each word with its score, as an array: held for every result until the index is written, a dictionary would be twice the size.</summary>
    public KeyValuePair<string, int>[] Scores() =>
        _words.Select(pair => KeyValuePair.Create(pair.Key, SearchWeight.Score(pair.Value.Weight, pair.Value.ProseCount))).ToArray();

    /// <summary>Looked up by the word as read: a word this result has not had yet is added as the build's string for it.</summary>
    private void Add(ReadOnlySpan<char> word, int weight, int proseCount)
    {
        var lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var known))
        {
            lookup[word] = (Math.Max(known.Weight, weight), known.ProseCount + proseCount);
        }
        else
        {
            _words.Add(shared.Of(word), (weight, proseCount));
        }
    }
}
