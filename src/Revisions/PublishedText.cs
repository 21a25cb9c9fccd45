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
            .Add(article.Title).Add(article.Dek).Add(article.Byline).AddText(standfirstHtml).Add(sections.Count);
        foreach (var section in sections)
        {
            var written = section.Section;
            fingerprint.Add(written.Title).Add(written.Dateline).Add(written.Photo?.Caption).Add(written.PullQuote?.Text).AddText(section.Html);
        }

        return fingerprint.Finish();
    }

    /// <summary>Adds the words of the generator's HTML, without its definitions' pop-ups, as one value.</summary>
    private static Fingerprint AddText(this Fingerprint fingerprint, string html)
    {
        var (text, length) = HtmlText.Rent(html, TermLinkMarkup.Popups(html));
        try
        {
            return fingerprint.Add(text.AsSpan(0, length));
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(text);
        }
    }
}
