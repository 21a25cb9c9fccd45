using Generator.Content;
using Generator.Diagnostics;

namespace Generator.Tests.Properties;

/// <summary>A generated glossary and document with the quotes of the section's notes; printed so a shrunk case can be pasted into a test.</summary>
internal sealed record NotesCase(LinkingCase Prose, IReadOnlyList<string> Quotes, int FirstNumber)
{
    public Section Section() =>
        new("section", 1, "Section", null, [], [], null, null, [],
            // Each note on its own line, as in a real file, so each reported problem has its own location.
            [.. Quotes.Select((quote, index) => new Note(quote, "A note.", new SourceLocation("section.md", index + 2, 5)))],
            new MarkdownSource(new SourceFile("section.md", "section.md", Prose.Markdown), 1));

    public override string ToString() =>
        $"{Prose}; Quotes: [{string.Join(", ", Quotes.Select(LinkingCase.Quote))}]; first number {FirstNumber}";
}
