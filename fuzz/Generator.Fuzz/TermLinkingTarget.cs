using Generator.Content;
using Generator.Diagnostics;
using Generator.Glossary;
using Generator.Rendering;

namespace Generator.Fuzz;

/// <summary>
/// The input is a section's Markdown prose. It is parsed with the site's Markdown pipeline, linked to
/// <see cref="FixedGlossary"/> and rendered twice: as a section of an article under the default raw-HTML-off
/// pipeline (density first-in-article, the section's exclude and force rules, the glossary report on), and as
/// a term's definition under the trusted pipeline (every occurrence, never the term itself).
/// </summary>
public sealed class TermLinkingTarget : IFuzzTarget
{
    private const string SectionFile = "input/articles/story/01-first.md";

    public string Name => "term-linking";

    public void Run(byte[] input)
    {
        var diagnostics = new DiagnosticBag();
        if (SourceFileReader.Decode(input, SectionFile, "/fuzz/" + SectionFile, diagnostics) is { } decoded &&
            ControlCharacters.Refuse(decoded, diagnostics) is { } file)
        {
            var prose = new MarkdownSource(file, FirstLine: 1);
            var glossary = FixedGlossary.Index;
            LinkAndRender(prose, allowRawHtml: false, new LinkingContext(glossary, "first")
            {
                Density = LinkDensity.FirstInArticle,
                Rules = FixedGlossary.SectionRules(SectionFile),
                LinkedEarlierInArticle = new HashSet<Term>(ReferenceEqualityComparer.Instance) { glossary.Find("kyiv")! },
                Source = prose,
                Diagnostics = diagnostics,
                Report = [],
            });
            LinkAndRender(prose, allowRawHtml: true, new LinkingContext(glossary, "normandy-format")
            {
                Density = LinkDensity.Every,
                OwnTerm = glossary.Find("normandy-format"),
                Source = prose,
                Diagnostics = diagnostics,
            });
        }

        LocatedDiagnostics.CheckWithin(diagnostics, SectionFile, input);
    }

    private static void LinkAndRender(MarkdownSource prose, bool allowRawHtml, LinkingContext context)
    {
        var document = MarkdownSetup.Parse(prose, allowRawHtml, context.Diagnostics!);
        LinkGlossaryTerms.Run(document, context);
        MarkdownSetup.ToHtml(document, FixedGlossary.English);
    }
}
