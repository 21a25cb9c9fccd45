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

    public static IEnumerable<ListingJob> Jobs(ListingContext context)
    {
        var terms = context.Terms;
        var names = terms.Select(term => Dependency.TermView(term.Term.Slug)).ToList();
        var pages = Paginator.Split(SiteUrls.Glossary.TrimStart('/'), terms.Count, TermsPerPage);
        // Every letter, linked where its first term is, so the letters lead across the glossary's pages.
        var letterIndex = pages
            .SelectMany(page => page.Slice(terms).Select(term => (Letter: ViewFactory.LetterOf(term.Term.Name), page)))
            .DistinctBy(pair => pair.Letter)
            .Select(pair => new LinkView(pair.Letter, $"{pair.page.Url}#{ViewFactory.LetterId(pair.Letter)}"))
            .ToList();
        foreach (var page in pages)
        {
            yield return new ListingJob("glossary", page.OutputPath, InputFolder.GlossaryFolder,
                context.PageOf("glossary", context.Strings.Generated(GeneratedStrings.Glossary), context.Strings.Generated(GeneratedStrings.GlossaryDescription, ("site", context.Settings.Title)), page,
                    StructuredData.Glossary(context.Settings, page.Slice(terms).ToList())),
                new Dictionary<string, object?> { ["letter_index"] = letterIndex, ["pagination"] = page.View() },
                () =>
                {
                    var slice = Enumerable.Range(page.Start, page.Length).Select(context.TermView).ToList();
                    return new Dictionary<string, object?> { ["terms"] = slice, ["letters"] = ViewFactory.Letters(slice) };
                },
                page.Slice(names).ToList(),
                context.Settings.Language);
        }

        // Looked up by name once per topic, not once per term and topic: a large archive has thousands of each.
        var topicsByTerm = context.Listings.TopicsByTerm(context.Glossary);
        for (var index = 0; index < terms.Count; index++)
        {
            var term = terms[index].Term;
            var language = term.LanguageOr(context.Settings.Language);
            var topics = topicsByTerm[term]
                .Select(topic => new LinkView(topic.Name, topic.Listing.Url))
                .ToList();
            var viewIndex = index;
            foreach (var page in Paginator.Split($"{SiteUrls.Glossary.TrimStart('/')}{term.Slug}/", terms[index].UsedIn.Count, UsesPerPage))
            {
                yield return new ListingJob("term", page.OutputPath, term.Location.File,
                    context.PageOf("term", term.Name, term.Short, page, StructuredData.Term(context.Settings, term)),
                    new Dictionary<string, object?> { ["topics"] = topics, ["pagination"] = page.View() },
                    () =>
                    {
                        var view = context.TermView(viewIndex);
                        return new Dictionary<string, object?> { ["term"] = view with { UsedIn = page.Slice(view.UsedIn).ToList() } };
                    },
                    [names[index]],
                    language);
            }
        }
    }
}
