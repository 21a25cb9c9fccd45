using Generator.Glossary;

namespace Generator.Search;

/// <summary>The words of one search result as they are read: for each, the best weight found and how often the prose has it.</summary>
internal sealed class PartWords(GlossaryIndex glossary)
{
    private readonly Dictionary<string, (int Weight, int ProseCount)> _words = new(StringComparer.Ordinal);
    private readonly HashSet<Term> _terms = new(ReferenceEqualityComparer.Instance);

    /// <summary>Adds the words of <paramref name="text"/> with <paramref name="weight"/>, and the names of every term it mentions.</summary>
    public void Add(string text, int weight)
    {
        foreach (var (_, _, word) in SearchText.Words(text))
        {
            Add(word, weight, weight == SearchWeight.Prose ? 1 : 0);
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

        foreach (var form in term.Forms)
        {
            foreach (var (_, _, word) in SearchText.Words(form))
            {
                Add(word, SearchWeight.Term, 0);
            }
        }
    }

    public IReadOnlyDictionary<string, int> Scores() =>
        _words.ToDictionary(pair => pair.Key, pair => SearchWeight.Score(pair.Value.Weight, pair.Value.ProseCount), StringComparer.Ordinal);

    private void Add(string word, int weight, int proseCount)
    {
        var (best, count) = _words.GetValueOrDefault(word);
        _words[word] = (Math.Max(best, weight), count + proseCount);
    }
}
