using Generator.Content;
using Generator.Content.FrontMatter;
using Generator.Diagnostics;

namespace Generator.Glossary;

/// <summary>Reads one <c>input/glossary/&lt;term-slug&gt;.md</c>.</summary>
public static class TermReader
{
    public static readonly IReadOnlyList<string> Keys = ["term", "aliases", "short"];

    public static Term? Read(SourceFile file, string slug, DiagnosticBag diagnostics)
    {
        if (FrontMatterBlock.Split(file, diagnostics) is not { } block)
        {
            return null;
        }

        var reader = new FrontMatterReader(block.Map, diagnostics, Keys, "a glossary term");
        var name = reader.Text("term", required: true);
        var aliases = reader.TextList("aliases");
        var definition = reader.Text("short", required: true);
        if (name is null || definition is null)
        {
            return null;
        }

        return new Term(slug, name, aliases, definition, new MarkdownSource(block.Body, file, block.BodyFirstLine),
            SourceLocation.StartOf(file.DisplayPath));
    }
}
