using Generator.Content;
using Generator.Diagnostics;
using Generator.Prose;

namespace Generator.Rendering;

/// <summary>
/// The text a reader sees of an article's prose (search, link previews): read from the syntax tree rendering made of
/// it; an article the build cache reused has none, and its Markdown is parsed again (which costs less than reading its
/// HTML back). Rendering has reported what is wrong with the Markdown already.
/// </summary>
public static class ProseText
{
    public static PlainText Of(RenderedSection section, bool allowRawHtml) => section.Text ?? Parse(section.Section.Body, allowRawHtml);

    public static PlainText OfStandfirst(RenderedArticle article, bool allowRawHtml) => article.StandfirstText ?? Parse(article.Article.Standfirst, allowRawHtml);

    public static PlainText Parse(MarkdownSource markdown, bool allowRawHtml) => markdown.IsEmpty
        ? PlainText.Empty
        : MarkdownPlainText.Of(MarkdownSetup.Parse(markdown.Text, allowRawHtml, SourceLocation.WholeFile(""), new DiagnosticBag(warningsAreErrors: false)));
}
