using Generator.Content;
using Generator.Diagnostics;
using Generator.Glossary;
using Generator.Rendering;

namespace Generator.Search;

/// <summary>
/// Reads what the search index holds of an article or a glossary term from its content: titles, headings, people,
/// places, tags and the prose, with every glossary term the text mentions added under all its names (so the
/// aliases are synonyms: a story that says "Normandy format" is found by "Normandy Four"). The prose is read from the
/// Markdown, not the rendered page: the index needs every article's text on every build, including the articles the
/// build cache reuses without reading their HTML back, and parsing a section again costs less than reading its HTML.
/// </summary>
public sealed class ReadSearchPages(GlossaryIndex glossary, bool allowRawHtml)
{
    /// <summary>
    /// How much of a section's Markdown is read: far more than any story's section, and a bound on what a result's text
    /// costs to download and a build's memory when a file is enormous (the rest of it is not found by search).
    /// </summary>
    public const int LongestMarkdown = 100_000;

    public SearchPage Article(Article article)
    {
        var parts = new List<SearchPart>(article.Sections.Count + 1);
        var opening = new PartWords(glossary);
        opening.Add(article.Title, SearchWeight.Title);
        foreach (var tag in article.Tags)
        {
            opening.Add(tag, SearchWeight.Term);
        }

        var standfirst = article.Standfirst.IsEmpty ? "" : PlainText(article.Standfirst.Text).Text;
        var openingText = string.Join('\n', new[] { article.Dek ?? "", standfirst }.Where(text => text.Length > 0));
        opening.Add(openingText, SearchWeight.Prose);
        var url = SiteUrls.Article(article.Slug);
        parts.Add(new SearchPart(article.Title, url, openingText, opening.Scores()));

        foreach (var section in article.Sections)
        {
            var words = new PartWords(glossary);
            words.Add(section.Title, SearchWeight.Heading);
            foreach (var name in section.People.Concat(section.Places))
            {
                words.Add(name, SearchWeight.Term);
                if (glossary.FindByName(name) is { } term)
                {
                    words.AddTerm(term);
                }
            }

            var (text, headings) = PlainText(section.Body.Text);
            foreach (var heading in headings)
            {
                words.Add(heading, SearchWeight.Heading);
            }

            words.Add(text, SearchWeight.Prose);
            parts.Add(new SearchPart(section.Title, SiteUrls.Section(article.Slug, section.Slug), text, words.Scores()));
        }

        return new SearchPage(OrderOf(article), article.Title, url, parts);
    }

    /// <summary>What numbers the articles in the index: date, then slug, so a new story usually takes the next number.</summary>
    public static string OrderOf(Article article) => $"{article.Date.Day:yyyy-MM-dd} {article.Slug}";

    public SearchPage Term(Term term)
    {
        var words = new PartWords(glossary);
        foreach (var form in term.Forms)
        {
            words.Add(form, SearchWeight.Title);
        }

        var definition = PlainText(term.Body.Text).Text;
        var text = definition.Length == 0 ? term.Short : $"{term.Short}\n{definition}";
        words.Add(text, SearchWeight.Prose);
        var url = SiteUrls.Term(term.Slug);
        return new SearchPage(term.Slug, term.Name, url, [new SearchPart(term.Name, url, text, words.Scores())]);
    }

    /// <summary>
    /// The text of Markdown, its first <see cref="LongestMarkdown"/> characters (to the end of a line). Rendering has
    /// reported what is wrong with it already (Markdown nested too deeply reads as empty here).
    /// </summary>
    private (string Text, IReadOnlyList<string> Headings) PlainText(string markdown)
    {
        if (markdown.Length > LongestMarkdown)
        {
            var cut = markdown.LastIndexOf('\n', LongestMarkdown);
            markdown = markdown[..(cut > 0 ? cut : LongestMarkdown)];
        }

        var document = MarkdownSetup.Parse(markdown, allowRawHtml, SourceLocation.WholeFile(""), new DiagnosticBag(warningsAreErrors: false));
        return MarkdownPlainText.Of(document);
    }
}
