using Generator.Content;
using Generator.Diagnostics;
using Generator.Prose;

namespace Generator.Annotations;

/// <summary>
/// The note-anchoring step: finds each note's quote in its section's prose (first occurrence, comparing typographic
/// and straight quotes alike) and marks it with the note's number. A quote that is not in the prose is an error.
/// </summary>
public static class AnchorNotes
{
    /// <param name="runs">The section's prose (<see cref="ProseRunCollector.Collect"/>), which term linking then uses too.</param>
    /// <param name="firstNumber">The number of the section's first note; numbering runs through the article.</param>
    /// <returns>The numbered notes, in the order they were written, for the notes list.</returns>
    public static IReadOnlyList<NumberedNote> Run(Section section, IReadOnlyList<ProseRun> runs, int firstNumber, DiagnosticBag diagnostics)
    {
        var numbered = new List<NumberedNote>(section.Notes.Count);
        var number = firstNumber;
        foreach (var note in section.Notes)
        {
            if (!Anchor(runs, note.Quote, number))
            {
                diagnostics.Error(note.Location, $"the note's quote \"{note.Quote}\" does not appear in the section's text",
                    "copy the quote word for word from the section's prose (not from a caption, link or code), or fix its spelling.");
                continue;
            }

            numbered.Add(new NumberedNote(number, note));
            number++;
        }

        return numbered;
    }

    private static bool Anchor(IReadOnlyList<ProseRun> runs, string quote, int number)
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
                    run.Wrap(position, end, new NoteAnchorInline(number)))
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
