using Generator.Content;
using Generator.Diagnostics;
using Generator.Glossary;

namespace Generator.Fuzz;

/// <summary>
/// The glossary the prose targets link against, read from term files by the real reader. Its terms cover what the
/// matcher treats specially: aliases, case-sensitive acronyms, derived and listed plurals, several words, Cyrillic,
/// a combining accent, hyphens, apostrophes and a term that is a prefix of another.
/// </summary>
public static class FixedGlossary
{
    private static readonly (string Slug, string FrontMatter)[] TermFiles =
    [
        ("normandy-format", "term: Normandy format\naliases: [Normandy Four, Normandy]"),
        ("nato", "term: NATO\ncase_sensitive: true\naliases: [North Atlantic Treaty Organization]"),
        ("minsk-agreements", "term: Minsk agreements\naliases: [Minsk II, Minsk]\nplural: [Minsk deals]"),
        ("kyiv", "term: Київ\naliases: [Kyiv, Kiev]"),
        ("des", "term: DES\ncase_sensitive: true"),
        ("un-secretary-general", "term: UN Secretary-General\naliases: [Secretary-General, Guterres's office]"),
        ("good-office", "term: good office\nplural: true"),
        ("cafe-talks", "term: Cafe\u0301 talks\naliases: [Café]"),
        ("state-duma", "term: State Duma\naliases: [Duma]"),
        ("lugansk-peoples-republic", "term: Lugansk People’s Republic\naliases: [LPR, \"Luhansk People's Republic\"]"),
    ];

    public static GlossaryIndex Index { get; } = Build();

    /// <summary>The built-in theme's English strings, which term links and notes are rendered with (a theme folder that does not exist is the built-in theme).</summary>
    public static Localization.LanguageStrings English { get; } =
        Rendering.LoadTheme.Run(Path.Combine(AppContext.BaseDirectory, "no-theme"), new DiagnosticBag())!.Strings.Of("en");

    /// <summary>A section's own rules over these terms (<c>glossary: {exclude: [des], force: [nato]}</c>), written in <paramref name="file"/>.</summary>
    public static SectionGlossaryRules SectionRules(string file) =>
        new([new LocatedText("des", SourceLocation.StartOf(file))], [new LocatedText("nato", SourceLocation.StartOf(file))]);

    private static GlossaryIndex Build()
    {
        var diagnostics = new DiagnosticBag();
        var terms = TermFiles
            .Select(entry =>
            {
                var path = $"input/glossary/{entry.Slug}.md";
                var text = $"---\n{entry.FrontMatter}\nshort: A definition of the term.\n---\nThe long definition.\n";
                return TermReader.Read(new SourceFile(path, path, text), entry.Slug, diagnostics)
                    ?? throw new InvalidOperationException($"the fixed glossary term {entry.Slug} does not read: {string.Join("; ", diagnostics.Sorted())}");
            })
            .ToList();
        var index = new GlossaryIndex(terms, diagnostics);
        return diagnostics.HasErrors
            ? throw new InvalidOperationException($"the fixed glossary has errors: {string.Join("; ", diagnostics.Sorted())}")
            : index;
    }
}
