using Generator.Content;
using Generator.Diagnostics;
using Generator.Glossary;

namespace Generator.Fuzz;

/// <summary>
/// The input is one content file. It is decoded, checked for control characters and read as the loader reads each
/// kind of file (site.yml, an article's index.md, a section, a glossary term), so every reader meets the same
/// malformed front matter.
/// </summary>
public sealed class FrontMatterTarget : IFuzzTarget
{
    public string Name => "front-matter";

    public void Run(byte[] input)
    {
        Read("input/site.yml", input, (file, diagnostics) => SiteSettingsReader.Read(file, diagnostics));
        Read("input/articles/story/index.md", input, (file, diagnostics) => ArticleReader.Read(file, "story", diagnostics));
        Read("input/articles/story/01-first.md", input, (file, diagnostics) => SectionReader.Read(file, "first", 1, diagnostics));
        Read("input/articles/story/first.md", input, (file, diagnostics) => SectionReader.Read(file, "first", orderFromFileName: null, diagnostics));
        Read("input/glossary/normandy-format.md", input, (file, diagnostics) => TermReader.Read(file, "normandy-format", diagnostics));
    }

    private static void Read(string displayPath, byte[] input, Action<SourceFile, DiagnosticBag> read)
    {
        var diagnostics = new DiagnosticBag();
        if (SourceFileReader.Decode(input, displayPath, "/fuzz/" + displayPath, diagnostics) is { } decoded &&
            ControlCharacters.Refuse(decoded, diagnostics) is { } file)
        {
            read(file, diagnostics);
        }

        LocatedDiagnostics.CheckWithin(diagnostics, displayPath, input);
    }
}
