using Generator.Annotations;
using Generator.Content;
using Generator.Diagnostics;
using Generator.Glossary;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Generator.Rendering;

/// <summary>
/// The one Markdown dialect of the site: CommonMark with what news prose needs (smart punctuation, heading ids,
/// footnotes, figures, tables) and the renderers of our own annotation nodes. Raw HTML is off unless site.yml
/// trusts the team with it (<c>markdown.raw_html: true</c>): it is shown as text, so content cannot inject markup.
/// </summary>
public static class MarkdownSetup
{
    private static readonly MarkdownPipeline Safe = Build(allowRawHtml: false);
    private static readonly MarkdownPipeline Trusted = Build(allowRawHtml: true);

    public static MarkdownDocument Parse(string markdown, bool allowRawHtml = false) =>
        Markdown.Parse(markdown, allowRawHtml ? Trusted : Safe);

    /// <summary>
    /// Parses a content file's Markdown. Unless the site trusts raw HTML, each place that has some gets a warning:
    /// it is shown as text, which is safe but rarely what the editor meant.
    /// </summary>
    public static MarkdownDocument Parse(MarkdownSource source, bool allowRawHtml, DiagnosticBag diagnostics)
    {
        if (!allowRawHtml)
        {
            foreach (var line in RawHtmlLines(source.Text))
            {
                diagnostics.Warning(new SourceLocation(source.File.DisplayPath, source.FirstLine + line, 1), "raw HTML is shown as text, not as markup",
                    "write it in Markdown, or set 'markdown: {raw_html: true}' in site.yml if everyone who edits the site is trusted.");
            }
        }

        return Parse(source.Text, allowRawHtml);
    }

    /// <summary>Where raw HTML appears in <paramref name="markdown"/> (0-based lines), to warn that it is shown as text.</summary>
    public static IReadOnlyList<int> RawHtmlLines(string markdown)
    {
        if (!markdown.Contains('<'))
        {
            return [];
        }

        // Lines from the spans, not Markdig's Line: that is wrong for inlines in setext headings and after link
        // reference definitions (found by fuzzing).
        var document = Markdown.Parse(markdown, Trusted);
        return document.Descendants<HtmlBlock>().Select(b => b.Span.Start)
            .Concat(document.Descendants<Markdig.Syntax.Inlines.HtmlInline>().Select(i => i.Span.Start))
            .Select(start => TextPosition.Of(markdown, Math.Clamp(start, 0, markdown.Length)).Line - 1)
            .Distinct()
            .Order()
            .ToList();
    }

    private static MarkdownPipeline Build(bool allowRawHtml)
    {
        var builder = new MarkdownPipelineBuilder()
            .UseSmartyPants()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseFootnotes()
            .UseFigures()
            .UsePipeTables()
            .UsePreciseSourceLocation()
            .Use<TermLinkExtension>()
            .Use<NoteAnchorExtension>();
        return (allowRawHtml ? builder : builder.DisableHtml()).Build();
    }

    public static string ToHtml(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Safe.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }
}
