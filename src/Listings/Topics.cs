using Generator.Diagnostics;
using Generator.Rendering;

namespace Generator.Listings;

/// <summary>
/// Gathers the topics of the site from the articles' front matter: every tag, person and place named, with the
/// articles that carry it. Names are taken as written; two names that give one address (<c>Kyiv</c> and <c>kyiv</c>)
/// would make two topics share a page, so the second one met is an error at the place it is written, and so is a
/// name with no letter or digit, which gives no address at all.
/// </summary>
public static class Topics
{
    /// <returns>The topics of each kind in the order of <see cref="TopicKind.All"/>, each kind's by name (ordinal).</returns>
    public static IReadOnlyList<Topic> Of(IReadOnlyList<RenderedArticle> articles, DiagnosticBag diagnostics)
    {
        var topics = new List<Topic>();
        foreach (var kind in TopicKind.All)
        {
            var byName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var bySlug = new Dictionary<string, (string Name, SourceLocation Location)>(StringComparer.Ordinal);
            for (var index = 0; index < articles.Count; index++)
            {
                foreach (var (name, location) in NamesOf(articles[index].Article, kind))
                {
                    var slug = Content.Slug.From(name);
                    if (slug.Length == 0)
                    {
                        diagnostics.Error(location, $"the {kind.Key} name '{name}' cannot be used as an address",
                            "write it with at least one letter or digit, or leave it out.");
                        continue;
                    }

                    if (bySlug.TryGetValue(slug, out var first) && first.Name != name)
                    {
                        diagnostics.Error(location, $"'{name}' and '{first.Name}' ({first.Location}) give the same address {kind.UrlOf(name)}",
                            $"write the name the same way everywhere it appears in '{kind.Key}' (one page gathers every article that names it).");
                        continue;
                    }

                    bySlug.TryAdd(slug, (name, location));
                    var indexes = byName.TryGetValue(name, out var known) ? known : byName[name] = [];
                    if (indexes.Count == 0 || indexes[^1] != index)
                    {
                        indexes.Add(index);
                    }
                }
            }

            topics.AddRange(byName.OrderBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => new Topic(kind, pair.Key, new ArticleListing(kind.FolderOf(pair.Key), pair.Key, pair.Value))));
        }

        return topics;
    }

    /// <summary>The names of one kind an article carries, each with where it is written.</summary>
    public static IEnumerable<(string Name, SourceLocation Location)> NamesOf(Content.Article article, TopicKind kind)
    {
        if (kind == TopicKind.Tags)
        {
            return article.Tags.Select((tag, index) => (tag, LocationOf(article.TagLocations, index, article.Standfirst.File.DisplayPath)));
        }

        return article.Sections.SelectMany(section => kind.NamesOf(section).Select((name, index) =>
            (name, LocationOf(kind == TopicKind.People ? section.PeopleLocations : section.PlacesLocations, index, section.Body.File.DisplayPath))));
    }

    private static SourceLocation LocationOf(IReadOnlyList<SourceLocation> locations, int index, string file) =>
        index < locations.Count ? locations[index] : SourceLocation.StartOf(file);
}
