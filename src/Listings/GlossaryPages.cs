using Generator.Content;
using Generator.Glossary;
using Generator.Incremental;
using Generator.Localization;
using Generator.Publishing;
using Generator.Rendering;
using Generator.Rendering.Views;

namespace Generator.Listings;

/// <summary>
/// The glossary, A–Z, split into pages of <see cref="TermsPerPage"/> terms (<c>/glossary/</c>, <c>/glossary/page/2/</c>…,
/// layout <c>glossary</c>), and each term's page (layout <c>term</c>), whose list of the sections that use the term is
/// split into pages of <see cref="UsesPerPage"/> (<c>/glossary/&lt;term&gt;/page/2/</c>…).
/// </summary>
public static class GlossaryPages
{
    /// <summary>An entry of the A–Z glossary holds its short definition and up to five uses: about a kilobyte.</summary>
    public const int TermsPerPage = 100;

    /// <summary>A use is a line with a link: a hundred of them keep a term's page small however common the term.</summary>
    public const int UsesPerPage = 100;

    public static IEnumerable<ListingJob> Jobs(ListingContext context, IReadOnlyList<RenderedTerm> terms)
    {
        var views = context.Terms;
        var names = views.Select(view => Dependency.TermView(view.Slug)).ToList();
        var pages = Paginator.Split(SiteUrls.Glossary.TrimStart('/'), views.Count, TermsPerPage);
        // Every letter, linked where its first term is, so the letters lead across the glossary's pages.
        var letterIndex = pages
            .SelectMany(page => ViewFactory.Letters(page.Slice(views).ToList()).Select(letter => (letter, page)))
            .DistinctBy(pair => pair.letter.Letter)
            .Select(pair => new LinkView(pair.letter.Letter, $"{pair.page.Url}#{pair.letter.Id}"))
            .ToList();
        foreach (var page in pages)
        {
            var slice = page.Slice(views).ToList();
            yield return new ListingJob("glossary", page.OutputPath, InputFolder.GlossaryFolder,
                context.PageOf("glossary", context.Strings.Generated(GeneratedStrings.Glossary), context.Strings.Generated(GeneratedStrings.GlossaryDescription, ("site", context.Settings.Title)), page,
                    StructuredData.Glossary(context.Settings, page.Slice(terms).ToList())),
                new Dictionary<string, object?> { ["letter_index"] = letterIndex, ["pagination"] = page.View() },
                () => new Dictionary<string, object?> { ["terms"] = slice, ["letters"] = ViewFactory.Letters(slice) },
                page.Slice(names).ToList(),
                context.Settings.Language);
        }

        // Looked up by name once per topic, not once per term and topic: a large archive has thousands of each.
        var topicsByTerm = context.Listings.TopicsByTerm(context.Glossary);
        for (var index = 0; index < terms.Count; index++)
        {
            var view = views[index];
            var term = terms[index].Term;
            var topics = topicsByTerm[term]
                .Select(topic => new LinkView(topic.Name, topic.Listing.Url))
                .ToList();
            foreach (var page in Paginator.Split($"{SiteUrls.Glossary.TrimStart('/')}{view.Slug}/", view.UsedIn.Count, UsesPerPage))
            {
                var shown = view with { UsedIn = page.Slice(view.UsedIn).ToList() };
                yield return new ListingJob("term", page.OutputPath, term.Location.File,
                    context.PageOf("term", view.Name, view.Short, page, StructuredData.Term(context.Settings, term)),
                    new Dictionary<string, object?> { ["topics"] = topics, ["pagination"] = page.View() },
                    () => new Dictionary<string, object?> { ["term"] = shown },
                    [names[index]],
                    view.Language);
            }
        }
    }
}
