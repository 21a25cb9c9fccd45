using Generator.Annotations;
using Generator.Glossary;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Generator.Rendering;

/// <summary>
/// The one Markdown dialect of the site: CommonMark with what news prose needs (smart punctuation, heading ids,
/// footnotes, figures, tables), raw HTML off (it is shown as text, so content cannot inject markup),
/// and the renderers of our own annotation nodes.
/// </summary>
public static class MarkdownSetup
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseSmartyPants()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseFootnotes()
        .UseFigures()
        .UsePipeTables()
        .DisableHtml()
        .UsePreciseSourceLocation()
        .Use<TermLinkExtension>()
        .Use<NoteAnchorExtension>()
        .Build();

    public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);

    public static string ToHtml(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>Markdown that must stay on one line (a caption, a note) rendered without its paragraph.</summary>
    public static string ToInlineHtml(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { ImplicitParagraph = true };
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString().Trim();
    }
}
