using System.Collections.Concurrent;
using Generator.Content;

namespace Generator.Glossary;

/// <summary>
/// Every term occurrence of a build, per section, linked or not and why: what <c>glossary report</c> prints, so an
/// editor can see exactly what the linker did with their prose.
/// </summary>
public sealed class GlossaryReport
{
    private readonly ConcurrentDictionary<(Article Article, Section Section), List<TermOccurrence>> _sections = new();

    /// <summary>The list a section's linking records into.</summary>
    public List<TermOccurrence> For(Article article, Section section) => _sections.GetOrAdd((article, section), _ => []);

    /// <summary>Sections in site order (articles newest first, sections by order), occurrences by line.</summary>
    public IReadOnlyList<(Article Article, Section Section, IReadOnlyList<TermOccurrence> Occurrences)> Sections(IReadOnlyList<Article> articles) =>
        articles
            .SelectMany(article => article.Sections.Select(section => (Article: article, Section: section)))
            .Select(key => (key.Article, key.Section, (IReadOnlyList<TermOccurrence>)(_sections.TryGetValue(key, out var found)
                ? found.OrderBy(o => o.Line).ToList()
                : [])))
            .ToList();
}
