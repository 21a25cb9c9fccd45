using Generator.Content;
using Generator.Glossary;
using Generator.Incremental;
using Generator.Rendering;

namespace Generator.Revisions;

/// <summary>
/// A fingerprint of what an article tells its readers: its headline, dek, byline, standfirst and each section's
/// title, dateline, caption, pull quote and prose (notes and footnotes included), as text. Markup is left out, and so are
/// the glossary's definitions: a term linked in one more place, or a definition edited in the glossary, is not an
/// edit of the story; a corrected word or a new paragraph is.
/// </summary>
public static class PublishedText
{
    public static string Fingerprint(Article article, string standfirstHtml, IReadOnlyList<RenderedSection> sections)
    {
        var fingerprint = new Fingerprint()
            .Add(article.Title).Add(article.Dek).Add(article.Byline).Add(Text(standfirstHtml)).Add(sections.Count);
        foreach (var section in sections)
        {
            var written = section.Section;
            fingerprint.Add(written.Title).Add(written.Dateline).Add(written.Photo?.Caption).Add(written.PullQuote?.Text).Add(Text(section.Html));
        }

        return fingerprint.Finish();
    }

    /// <summary>The words of the generator's HTML, without its definitions' pop-ups.</summary>
    private static string Text(string html) => HtmlText.Of(TermLinkMarkup.WithoutPopups(html));
}
