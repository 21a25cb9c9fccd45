using Generator.Content;
using Generator.Diagnostics;
using Generator.Glossary;
using Generator.Prose;
using Generator.Rendering;

namespace Generator.Search;

/// <summary>
/// Reads what the search index holds of an article or a glossary term from its content: titles, headings, people,
/// places, tags and the prose, with every glossary term the text mentions added under all its names (so the
/// aliases are synonyms: a story that says "Normandy format" is found by "Normandy Four"). The prose is read as
/// <see cref="ProseText"/> gives it.
/// </summary>
public sealed class ReadSearchPages(GlossaryIndex glossary, bool allowRawHtml)
{
    private readonly SharedWords _shared = new();

    public SearchPage Article(RenderedArticle rendered)
    {
        var article = rendered.Article;
        var parts = new List<SearchPart>(article.Sections.Count + 1);
        var opening = new PartWords(glossary, _shared);
        opening.Add(article.Title, SearchWeight.Title);
        foreach (var tag in article.Tags)
        {
            opening.Add(tag, SearchWeight.Term);
        }

        var standfirst = ProseText.OfStandfirst(rendered, allowRawHtml).Text;
        var openingText = string.Join('\n', new[] { article.Dek ?? "", standfirst }.Where(text => text.Length > 0));
        opening.Add(openingText, SearchWeight.Prose);
        var url = SiteUrls.Article(article.Slug);
        parts.Add(new SearchPart(article.Title, url, openingText, opening.Scores()));

        foreach (var renderedSection in rendered.Sections)
        {
            var section = renderedSection.Section;
            var words = new PartWords(glossary, _shared);
            words.Add(section.Title, SearchWeight.Heading);
            foreach (var name in section.People.Concat(section.Places))
            {
                words.Add(name, SearchWeight.Term);
                if (glossary.FindByName(name) is { } term)
                {
                    words.AddTerm(term);
                }
            }

            var (text, headings) = ProseText.Of(renderedSection, allowRawHtml);
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
        var words = new PartWords(glossary, _shared);
        foreach (var form in term.Forms)
        {
            words.Add(form, SearchWeight.Title);
        }

        var definition = ProseText.Parse(term.Body, allowRawHtml).Text;
        var text = definition.Length == 0 ? term.Short : $"{term.Short}\n{definition}";
        words.Add(text, SearchWeight.Prose);
        var url = SiteUrls.Term(term.Slug);
        return new SearchPage(term.Slug, term.Name, url, [new SearchPart(term.Name, url, text, words.Scores())]);
    }
}
