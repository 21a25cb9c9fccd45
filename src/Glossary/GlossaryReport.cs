using System.Collections.Concurrent;
using Generator.Content;

namespace Generator.Glossary;

/// <summary>
/// Every term occurrence of a build, per section (and per standfirst), linked or not and why: what <c>glossary report</c> prints, so an
/// editor can see exactly what the linker did with their prose.
/// </summary>
public sealed class GlossaryReport
{
    private readonly ConcurrentDictionary<(Article Article, Section? Section), List<TermOccurrence>> _sections = new();

    /// <summary>The list a section's linking records into.</summary>
    public List<TermOccurrence> For(Article article, Section section) => _sections.GetOrAdd((article, section), _ => []);

    /// <summary>The list the article's standfirst records into.</summary>
    public List<TermOccurrence> ForStandfirst(Article article) => _sections.GetOrAdd((article, null), _ => []);

    /// <summary>
    /// Sections in site order (articles newest first, each article's standfirst, when it has one, before its sections by
    /// order; a null section is the standfirst), occurrences by line.
    /// </summary>
    public IReadOnlyList<(Article Article, Section? Section, IReadOnlyList<TermOccurrence> Occurrences)> Sections(IReadOnlyList<Article> articles)
    {
        var listed = new List<(Article, Section?, IReadOnlyList<TermOccurrence>)>();
        foreach (var article in articles)
        {
            IEnumerable<Section?> parts = article.Sections;
            foreach (var section in article.Standfirst.IsEmpty ? parts : parts.Prepend(null))
            {
                listed.Add((article, section, _sections.TryGetValue((article, section), out var found) ? found.OrderBy(o => o.Line).ToList() : []));
            }
        }

        return listed;
    }
}
