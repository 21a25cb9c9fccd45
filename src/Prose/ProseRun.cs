using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Generator.Prose;

/// <summary>
/// A stretch of prose as a reader sees it — the text of consecutive literals, smart quotes and emphasis —
/// uninterrupted by anything that must never be matched into (links, code, raw HTML).
/// Matchers search <see cref="Text"/>; <see cref="Wrap"/> turns a match back into a node of the syntax tree.
/// </summary>
public sealed class ProseRun
{
    private readonly List<ProsePiece> _pieces;

    /// <param name="textInContext">The visible text between the characters just outside it (see <see cref="TextInContext"/>).</param>
    public ProseRun(LeafBlock block, string textInContext, List<ProsePiece> pieces)
    {
        Block = block;
        TextInContext = textInContext;
        _pieces = pieces;
    }

    /// <summary>
    /// How many visible characters outside the run <see cref="TextInContext"/> carries on each side: two, because
    /// Unicode's word boundaries look two characters ahead or back ("naïve" before "'Format" is not a whole word).
    /// </summary>
    public const int ContextLength = 2;

    /// <summary>
    /// <see cref="Text"/> between the visible characters just outside the run (the end of a link before it, the start
    /// of a code span after it; spaces where nothing shows), so a word boundary at the run's edge is judged on what the
    /// reader sees: in "[based](url)des" the run "des" does not start a word. Positions in it are
    /// <see cref="ContextLength"/> more than in <see cref="Text"/>.
    /// </summary>
    public string TextInContext { get; }

    /// <summary>The paragraph (or other leaf block) this run belongs to; its line locates matches in the source.</summary>
    public LeafBlock Block { get; }

    /// <summary>The visible text, with soft line breaks as spaces and typographic quotes as the reader sees them.</summary>
    public ReadOnlySpan<char> Text => TextInContext.AsSpan(ContextLength, TextInContext.Length - (2 * ContextLength));

    public IReadOnlyList<ProsePiece> Pieces => _pieces;

    /// <summary>
    /// Moves the inlines that show <c>Text[start..end)</c> into <paramref name="wrapper"/>, splitting literals at the edges.
    /// Fails, leaving the tree untouched, when the edges cut through something that cannot be divided
    /// (a smart quote, or emphasis that starts outside the range and ends inside it).
    /// With <paramref name="mayEncloseAnnotations"/> false the wrap also fails rather than take in an annotation an
    /// earlier step added (a note anchor brings its numbered marker link, which must never end up inside a term link).
    /// </summary>
    public bool Wrap(int start, int end, ContainerInline wrapper, bool mayEncloseAnnotations = true)
    {
        if (start < 0 || end > Text.Length || start >= end || !CanCutAt(start) || !CanCutAt(end))
        {
            return false;
        }

        var first = LeafStartingAt(start, dryRun: true);
        var last = LeafEndingAt(end, dryRun: true);
        if (first is null || last is null)
        {
            return false;
        }

        // Check the shape before changing anything: an edge lifted to a container (emphasis) must take the whole
        // container, so the container has to begin or end exactly at the match, and hold nothing but this run's text
        // (emphasis may go on past a footnote reference or a code span, which end the run); a leaf edge will simply
        // be split.
        var (from, to, parent) = SiblingSpan(first, last);
        if (parent is null ||
            (!ReferenceEquals(from, first) && (RangeOf(from).Start != start || !HoldsOnlyThisRun(from))) ||
            (!ReferenceEquals(to, last) && (RangeOf(to).End != end || !HoldsOnlyThisRun(to))) ||
            (!mayEncloseAnnotations && Siblings(from, to).Any(EnclosesAnnotation)))
        {
            return false;
        }

        first = LeafStartingAt(start, dryRun: false)!;
        last = LeafEndingAt(end, dryRun: false)!;
        (from, to, parent) = SiblingSpan(first, last);
        if (parent is null)
        {
            return false;
        }

        // Markdig's InsertBefore leaves the inserted node's PreviousSibling unset, so the wrapper goes in after the node
        // before the span (or before the node after it, or into the empty parent) once the span has been moved out.
        var before = from.PreviousSibling;
        var after = to.NextSibling;
        foreach (var node in Siblings(from, to).ToList())
        {
            node.Remove();
            wrapper.AppendChild(node);
        }

        if (before is not null)
        {
            before.InsertAfter(wrapper);
        }
        else if (after is not null)
        {
            after.InsertBefore(wrapper);
        }
        else
        {
            parent.AppendChild(wrapper);
        }

        return true;
    }

    private bool CanCutAt(int position)
    {
        foreach (var piece in _pieces)
        {
            if (position > piece.Start && position < piece.End)
            {
                return piece.Splittable;
            }
        }

        return true;
    }

    private Inline? LeafStartingAt(int position, bool dryRun)
    {
        for (var index = 0; index < _pieces.Count; index++)
        {
            var piece = _pieces[index];
            if (piece.Start == position && piece.Length > 0)
            {
                return piece.Node;
            }

            if (position > piece.Start && position < piece.End)
            {
                return dryRun ? piece.Node : Split(index, position - piece.Start);
            }
        }

        return null;
    }

    private Inline? LeafEndingAt(int position, bool dryRun)
    {
        for (var index = _pieces.Count - 1; index >= 0; index--)
        {
            var piece = _pieces[index];
            if (piece.End == position && piece.Length > 0)
            {
                return piece.Node;
            }

            if (position > piece.Start && position < piece.End)
            {
                if (dryRun)
                {
                    return piece.Node;
                }

                Split(index, position - piece.Start);
                return _pieces[index].Node;
            }
        }

        return null;
    }

    /// <summary>Splits the literal of piece <paramref name="index"/> after <paramref name="offset"/> characters; returns the right half.</summary>
    private Inline Split(int index, int offset)
    {
        var piece = _pieces[index];
        var literal = (LiteralInline)piece.Node;
        var content = literal.Content;
        var right = new LiteralInline(new Markdig.Helpers.StringSlice(content.Text, content.Start + offset, content.End))
        {
            Span = new SourceSpan(literal.Span.Start + offset, literal.Span.End),
            Line = literal.Line,
            Column = literal.Column + offset,
        };
        literal.Content = new Markdig.Helpers.StringSlice(content.Text, content.Start, content.Start + offset - 1);
        literal.Span = new SourceSpan(literal.Span.Start, literal.Span.Start + offset - 1);
        literal.InsertAfter(right);

        _pieces.Insert(index + 1, new ProsePiece(right, piece.Start + offset, piece.Length - offset, splittable: true));
        piece.Length = offset;
        return right;
    }

    private static IEnumerable<Inline> Siblings(Inline from, Inline to)
    {
        for (var current = (Inline?)from; current is not null; current = current.NextSibling)
        {
            yield return current;
            if (ReferenceEquals(current, to))
            {
                yield break;
            }
        }
    }

    private static bool EnclosesAnnotation(Inline node) =>
        node is IProseContainer || (node is ContainerInline container && container.Descendants<Inline>().Any(child => child is IProseContainer));

    /// <summary>Lifts both leaves to the children of their lowest common ancestor.</summary>
    private static (Inline From, Inline To, ContainerInline? Parent) SiblingSpan(Inline first, Inline last)
    {
        var firstChain = Ancestry(first);
        var lastChain = Ancestry(last);
        for (var index = 0; index < firstChain.Count; index++)
        {
            var parent = firstChain[index].Parent;
            var match = lastChain.FindIndex(node => ReferenceEquals(node.Parent, parent));
            if (match >= 0 && parent is not null)
            {
                return (firstChain[index], lastChain[match], parent);
            }
        }

        return (first, last, null);
    }

    private static List<Inline> Ancestry(Inline node)
    {
        var chain = new List<Inline>();
        for (var current = node; current is not null; current = current.Parent)
        {
            chain.Add(current);
            if (current.Parent?.Parent is null)
            {
                // Stop at the block's root container: a wrap never lifts above the paragraph.
                break;
            }
        }

        return chain;
    }

    private (int Start, int End) RangeOf(Inline node)
    {
        var start = int.MaxValue;
        var end = int.MinValue;
        foreach (var piece in _pieces)
        {
            if (IsWithin(piece.Node, node))
            {
                start = Math.Min(start, piece.Start);
                end = Math.Max(end, piece.End);
            }
        }

        return (start, end);
    }

    /// <summary>
    /// Whether everything <paramref name="container"/> shows is text of this run: not a link, a code span or a footnote
    /// reference (each ends a run), nor the text of another run beyond one. Empty literals show nothing.
    /// </summary>
    private bool HoldsOnlyThisRun(Inline container) =>
        container is not ContainerInline inlines ||
        inlines.Descendants<Inline>().All(inline =>
            inline is ContainerInline and not LinkInline ||
            inline is LiteralInline { Content.IsEmpty: true } ||
            _pieces.Exists(piece => ReferenceEquals(piece.Node, inline)));

    private static bool IsWithin(Inline node, Inline ancestor)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            if (ReferenceEquals(current, ancestor))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The run's text in guillemets, for reading runs in a debugger.</summary>
    public override string ToString() => $"«{Text}»";
}
