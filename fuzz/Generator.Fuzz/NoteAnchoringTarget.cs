using Generator.Annotations;
using Generator.Content;
using Generator.Diagnostics;
using Generator.Glossary;
using Generator.Prose;
using Generator.Rendering;

namespace Generator.Fuzz;

/// <summary>
/// The input is a section's note quotes, one per line, then a line <c>---</c>, then the section's Markdown prose
/// (without that line, it is all prose and the section has no notes). The section goes through what rendering does
/// to it: parse, anchor the notes, link <see cref="FixedGlossary"/>'s terms around the anchors (every occurrence,
/// so links and anchors meet as often as they can), put the notes beside their paragraphs, render.
/// </summary>
public sealed class NoteAnchoringTarget : IFuzzTarget
{
    private const string SectionFile = "input/articles/story/01-first.md";
    private const string Separator = "---";

    public string Name => "note-anchoring";

    public void Run(byte[] input)
    {
        var diagnostics = new DiagnosticBag();
        if (SourceFileReader.Decode(input, SectionFile, "/fuzz/" + SectionFile, diagnostics) is { } decoded &&
            ControlCharacters.Refuse(decoded, diagnostics) is { } file)
        {
            var section = SectionOf(file);
            var document = MarkdownSetup.Parse(section.Body, allowRawHtml: false, diagnostics);
            var prose = ProseRunCollector.Collect(document);
            var notes = AnchorNotes.Run(section, prose, firstNumber: 1, diagnostics);
            LinkGlossaryTerms.Run(document, prose, new LinkingContext(FixedGlossary.Index, section.Slug)
            {
                Density = LinkDensity.Every,
                Rules = FixedGlossary.SectionRules(SectionFile),
                Source = section.Body,
                Diagnostics = diagnostics,
            });
            PlaceSidenotes.Run(document, notes.ToDictionary(
                note => note.Number,
                note => MarkdownSetup.ToHtml(MarkdownSetup.Parse(note.Note.Text, allowRawHtml: false, note.Note.Location, diagnostics), FixedGlossary.English)));
            MarkdownSetup.ToHtml(document, FixedGlossary.English);
        }

        LocatedDiagnostics.CheckWithin(diagnostics, SectionFile, input);
    }

    private static Section SectionOf(SourceFile file)
    {
        var lines = file.Text.Split('\n');
        var separator = Array.IndexOf(lines, Separator);
        var quotes = separator < 0 ? [] : lines[..separator];
        var notes = quotes
            .Select((quote, index) => new Note(quote, $"Note on *{quote}*.", new SourceLocation(file.DisplayPath, index + 1, 1)))
            .ToList();
        var body = new MarkdownSource(file, FirstLine: separator + 2);
        return new Section("first", 1, "First", null, [], [], null, null, [], notes, body);
    }
}
