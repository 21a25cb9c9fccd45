using Generator.Content;
using Generator.Diagnostics;
using Generator.Prose;
using Markdig.Syntax.Inlines;

namespace Generator.Annotations;

/// <summary>
/// The note-anchoring step: finds each note's quote in its section's prose (first occurrence, comparing typographic
/// and straight quotes alike) and marks it with the note's number, counted in reading order. A quote that is not in the
/// prose is an error.
/// </summary>
public static class AnchorNotes
{
    /// <param name="runs">The section's prose (<see cref="ProseRunCollector.Collect"/>), which term linking then uses too.</param>
    /// <param name="firstNumber">The number of the section's first note; numbering runs through the article.</param>
    /// <returns>
    /// The numbered notes, numbered in the order their markers are read in the prose (whatever the order they were
    /// written in), for the notes list.
    /// </returns>
    public static IReadOnlyList<NumberedNote> Run(Section section, IReadOnlyList<ProseRun> runs, int firstNumber, DiagnosticBag diagnostics)
    {
        var anchored = new Dictionary<NoteAnchorInline, Note>(ReferenceEqualityComparer.Instance);
        foreach (var note in section.Notes)
        {
            var anchor = new NoteAnchorInline();
            if (!Anchor(runs, note.Quote, anchor))
            {
                diagnostics.Error(note.Location, $"the note's quote \"{note.Quote}\" does not appear in the section's text",
                    "copy the quote word for word from the section's prose (not from a caption, link or code), or fix its spelling.");
                continue;
            }

            anchored.Add(anchor, note);
        }

        var numbered = new List<NumberedNote>(anchored.Count);
        foreach (var anchor in InMarkerOrder(runs))
        {
            anchor.Number = firstNumber + numbered.Count;
            numbered.Add(new NumberedNote(anchor.Number, anchored[anchor]));
        }

        return numbered;
    }

    /// <summary>
    /// The section's anchors in the order a reader meets their numbers: a marker follows its anchored words, so an
    /// anchor inside another one is numbered first.
    /// </summary>
    private static List<NoteAnchorInline> InMarkerOrder(IReadOnlyList<ProseRun> runs)
    {
        var found = new List<NoteAnchorInline>();
        void Collect(ContainerInline container)
        {
            for (var child = container.FirstChild; child is not null; child = child.NextSibling)
            {
                if (child is ContainerInline inner)
                {
                    Collect(inner);
                }

                if (child is NoteAnchorInline anchor)
                {
                    found.Add(anchor);
                }
            }
        }

        // The runs follow the document, so their blocks come in reading order.
        foreach (var block in runs.Select(run => run.Block).Distinct())
        {
            if (block.Inline is { } inline)
            {
                Collect(inline);
            }
        }

        return found;
    }

    private static bool Anchor(IReadOnlyList<ProseRun> runs, string quote, NoteAnchorInline anchor)
    {
        var wanted = Fold(quote.Trim());
        if (wanted.Length == 0)
        {
            return false;
        }

        foreach (var run in runs)
        {
            var text = Fold(run.Text);
            for (var position = text.IndexOf(wanted, StringComparison.Ordinal); position >= 0; position = text.IndexOf(wanted, position + 1, StringComparison.Ordinal))
            {
                // Whole words only ("Rada" is not in "Radar"), and if emphasis cuts one occurrence, try the next.
                var end = position + wanted.Length;
                if (WordBoundaries.IsBoundary(run.TextInContext, position + ProseRun.ContextLength) &&
                    WordBoundaries.IsBoundary(run.TextInContext, end + ProseRun.ContextLength) &&
                    run.Wrap(position, end, anchor))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Editors type straight quotes; the prose shows curly ones. Compare them as equal, one character for one.</summary>
    private static string Fold(ReadOnlySpan<char> text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var index = 0; index < source.Length; index++)
        {
            span[index] = source[index] switch
            {
                '\u2018' or '\u2019' => '\'',
                '\u201C' or '\u201D' => '"',
                '\n' or '\t' => ' ',
                var other => other,
            };
        }
    });
}
