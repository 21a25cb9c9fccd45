using Generator.Annotations;
using Generator.Buffers;
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

    /// <summary>Parses Markdown that is not an editor's (benchmarks, tests); content goes through the located overloads below.</summary>
    public static MarkdownDocument Parse(string markdown, bool allowRawHtml = false) =>
        Markdown.Parse(markdown, allowRawHtml ? Trusted : Safe);

    /// <summary>
    /// Markdig refuses Markdown nested more deeply than it can walk (128 levels of quotes, lists, brackets or emphasis
    /// inside each other) by throwing, when parsing or only when rendering; the generator refuses it first, at a
    /// lower depth no real text comes near, with a located error (found by fuzzing).
    /// </summary>
    public const int MaximumNesting = 100;

    /// <summary>
    /// Parses Markdown written at <paramref name="location"/>; Markdown nested deeper than <see cref="MaximumNesting"/>
    /// is an error there, and gives an empty document.
    /// </summary>
    public static MarkdownDocument Parse(string markdown, bool allowRawHtml, SourceLocation location, DiagnosticBag diagnostics)
    {
        var pipeline = allowRawHtml ? Trusted : Safe;
        if (TryParse(markdown, pipeline) is { } document)
        {
            return document;
        }

        diagnostics.Error(location, $"the Markdown is nested more than {MaximumNesting} levels deep (quotes, lists, brackets or emphasis inside each other)",
            "this is almost always text pasted by mistake: remove the nested markers.");
        return Markdown.Parse("", pipeline);
    }

    /// <summary>
    /// Parses a content file's Markdown. Unless the site trusts raw HTML, each place that has some gets a warning:
    /// it is shown as text, which is safe but rarely what the editor meant.
    /// </summary>
    public static MarkdownDocument Parse(MarkdownSource source, bool allowRawHtml, DiagnosticBag diagnostics)
    {
        var location = new SourceLocation(source.File.DisplayPath, source.FirstLine, 1);
        var text = source.Text;
        var document = Parse(text, allowRawHtml, location, diagnostics);
        if (!allowRawHtml && document.Count > 0)
        {
            foreach (var line in RawHtmlLines(text))
            {
                diagnostics.Warning(new SourceLocation(source.File.DisplayPath, source.FirstLine + line, 1), "raw HTML is shown as text, not as markup",
                    "write it in Markdown, or set 'markdown: {raw_html: true}' in site.yml if everyone who edits the site is trusted.");
            }
        }

        return document;
    }

    private static MarkdownDocument? TryParse(string markdown, MarkdownPipeline pipeline)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's depth limit while parsing blocks.
            return null;
        }

        return Depth(document) <= MaximumNesting ? document : null;
    }

    /// <summary>How deeply the document's blocks and inlines are nested, counted without recursion.</summary>
    private static int Depth(MarkdownDocument document)
    {
        var deepest = 0;
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.TryPop(out var entry))
        {
            deepest = Math.Max(deepest, entry.Depth);
            if (deepest > MaximumNesting)
            {
                break;
            }

            switch (entry.Node)
            {
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        pending.Push((child, entry.Depth + 1));
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, entry.Depth + 1));
                    break;
                case Markdig.Syntax.Inlines.ContainerInline container:
                    foreach (var child in container)
                    {
                        pending.Push((child, entry.Depth + 1));
                    }

                    break;
            }
        }

        return deepest;
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
        var document = TryParse(markdown, Trusted);
        if (document is null)
        {
            return [];
        }

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

    /// <summary>
    /// Renders a document outside a build (tests, benchmarks): with the built-in theme's prose partials, and the
    /// <paramref name="strings"/> of its language when it holds term links or notes, whose markup carries fixed words.
    /// </summary>
    public static string ToHtml(MarkdownDocument document, Localization.LanguageStrings? strings = null) =>
        ToHtml(document, strings is null ? null : new ProseMarkup(ProsePartials.BuiltIn, strings));

    /// <summary>
    /// Renders a document. Prose that holds term links or notes is rendered with a <paramref name="markup"/>: the theme's
    /// partials for them and the strings of its language (text without them, such as a correction, needs none).
    /// </summary>
    public static string ToHtml(MarkdownDocument document, ProseMarkup? markup) =>
        ReusedStringWriter.Write((document, markup), (writer, input) =>
        {
            var renderer = new HtmlRenderer(writer);
            Safe.Setup(renderer);
            foreach (var themed in renderer.ObjectRenderers.OfType<IProseMarkupRenderer>())
            {
                themed.Markup = input.markup;
            }

            renderer.Render(input.document);
            writer.Flush();
        });
}
