using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.SmartyPants;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Generator.Prose;

/// <summary>
/// Finds the prose of a Markdown document that automatic annotation may touch: paragraphs and other text blocks,
/// but never headings, code or raw HTML; within them, text outside links, code spans and raw HTML.
/// Emphasis and <see cref="IProseContainer"/> inlines are looked through, so a match may span them.
/// </summary>
public static class ProseRunCollector
{
    /// <summary>The runs of <paramref name="document"/> in reading order.</summary>
    public static List<ProseRun> Collect(MarkdownDocument document)
    {
        var runs = new List<ProseRun>();
        // One buffer for the whole document: a new one per paragraph grew chunk by chunk every time.
        var text = new StringBuilder(1024);
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is HeadingBlock or CodeBlock or HtmlBlock || block.Inline is null)
            {
                continue;
            }

            var builder = new RunBuilder(block, runs, text);
            builder.Visit(block.Inline);
            builder.Finish();
        }

        return runs;
    }

    /// <summary>What a reader sees for a smart punctuation mark, so matching works on typographic text.</summary>
    public static string VisibleText(SmartyPantType type) => type switch
    {
        SmartyPantType.LeftQuote => "\u2018",
        SmartyPantType.RightQuote => "\u2019",
        SmartyPantType.LeftDoubleQuote => "\u201C",
        SmartyPantType.RightDoubleQuote => "\u201D",
        SmartyPantType.LeftAngleQuote => "\u00AB",
        SmartyPantType.RightAngleQuote => "\u00BB",
        SmartyPantType.Ellipsis => "\u2026",
        SmartyPantType.Dash2 => "\u2013",
        SmartyPantType.Dash3 => "\u2014",
        SmartyPantType.DoubleQuote => "\"",
        _ => "'",
    };

    /// <param name="text">
    /// Where the run's text is gathered in context: the characters before the run (spaces at first), the run, and (at
    /// Finish) the characters after it.
    /// </param>
    private sealed class RunBuilder(LeafBlock block, List<ProseRun> runs, StringBuilder text)
    {
        /// <summary>The context where nothing shows: the edge of the block, or an image.</summary>
        private static readonly string NothingShown = new(' ', ProseRun.ContextLength);

        private readonly StringBuilder _text = text.Clear().Append(NothingShown);
        private List<ProsePiece> _pieces = [];

        public void Visit(ContainerInline container)
        {
            for (var child = container.FirstChild; child is not null; child = child.NextSibling)
            {
                switch (child)
                {
                    case LiteralInline literal:
                        Add(literal, literal.Content.AsSpan(), splittable: true);
                        break;
                    case SmartyPant smartyPant:
                        Add(smartyPant, VisibleText(smartyPant.Type), splittable: false);
                        break;
                    case HtmlEntityInline entity:
                        Add(entity, entity.Transcoded.AsSpan(), splittable: false);
                        break;
                    case LineBreakInline lineBreak:
                        Add(lineBreak, " ", splittable: false);
                        break;
                    case EmphasisInline or IProseContainer:
                        Visit((ContainerInline)child);
                        break;
                    case DelimiterInline delimiter:
                        // A bracket Markdig could not pair (as in "[^1][text](url)") stays in the tree as a container
                        // that renders as its character followed by its children: both are prose.
                        Add(delimiter, delimiter.ToLiteral(), splittable: false);
                        Visit(delimiter);
                        break;
                    default:
                        // Links, autolinks, code spans, raw HTML, footnote references, images: a barrier.
                        var shown = VisibleTextOf(child);
                        Finish(Start(shown));
                        _text.Clear().Append(End(shown));
                        break;
                }
            }
        }

        /// <param name="after">What the reader sees after the run, <see cref="ProseRun.ContextLength"/> characters.</param>
        public void Finish(string? after = null)
        {
            if (_pieces.Count > 0)
            {
                _text.Append(after ?? NothingShown);
                runs.Add(new ProseRun(block, _text.ToString(), _pieces));
            }

            _text.Clear().Append(NothingShown);
            _pieces = [];
        }

        /// <summary>The first characters of <paramref name="shown"/>, as many as a run's context holds, spaces after.</summary>
        private static string Start(string shown) =>
            shown.Length >= ProseRun.ContextLength ? shown[..ProseRun.ContextLength] : shown.PadRight(ProseRun.ContextLength);

        /// <summary>The last characters of <paramref name="shown"/>, as many as a run's context holds, spaces before.</summary>
        private static string End(string shown) =>
            shown.Length >= ProseRun.ContextLength ? shown[^ProseRun.ContextLength..] : shown.PadLeft(ProseRun.ContextLength);

        /// <summary>
        /// What a reader sees of a barrier, for judging word boundaries at the runs beside it (nothing for a barrier
        /// that shows no text: an image).
        /// </summary>
        private static string VisibleTextOf(Inline inline) => inline switch
        {
            CodeInline code => code.Content,
            AutolinkInline autolink => autolink.Url,
            LinkInline { IsImage: true } => "",
            // A footnote reference shows its number, which joins a word written against it ("1Kyiv").
            FootnoteLink { Footnote.Order: > 0 } footnote => footnote.Footnote.Order.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ContainerInline container => string.Concat(container.Descendants<LiteralInline>().Select(literal => literal.Content.ToString())),
            LiteralInline literal => literal.Content.ToString(),
            _ => "",
        };

        private void Add(Inline node, ReadOnlySpan<char> text, bool splittable)
        {
            if (text.Length == 0)
            {
                return;
            }

            // Positions count in the run's text, which starts after the characters before it.
            _pieces.Add(new ProsePiece(node, _text.Length - ProseRun.ContextLength, text.Length, splittable));
            _text.Append(text);
        }
    }
}
