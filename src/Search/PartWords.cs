using System.Runtime.InteropServices;
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

    public IReadOnlyDictionary<string, int> Scores() =>
        _words.ToDictionary(pair => pair.Key, pair => SearchWeight.Score(pair.Value.Weight, pair.Value.ProseCount), StringComparer.Ordinal);

    /// <summary>Looked up by the word as read, so a string is made only for a word this result has not had yet.</summary>
    private void Add(ReadOnlySpan<char> word, int weight, int proseCount)
    {
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_words.GetAlternateLookup<ReadOnlySpan<char>>(), word, out _);
        entry = (Math.Max(entry.Weight, weight), entry.ProseCount + proseCount);
    }
}
