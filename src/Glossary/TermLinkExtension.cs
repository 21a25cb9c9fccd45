using Markdig;
using Markdig.Renderers;

namespace Generator.Glossary;

/// <summary>Teaches Markdig's HTML renderer to write <see cref="TermLinkInline"/> nodes.</summary>
public sealed class TermLinkExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Term links are added to the syntax tree by LinkGlossaryTerms after parsing, not by a parser.
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlTermLinkRenderer>())
        {
            html.ObjectRenderers.Insert(0, new HtmlTermLinkRenderer());
        }
    }
}
