using AngleSharp.Html.Parser;
using CsCheck;
using Generator.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.Reliability;

/// <summary>
/// Whole builds over random front matter and Markdown: the generator never throws, every failure is a located error,
/// and every success produces HTML that parses without errors.
/// </summary>
[Trait("Category", "Slow")]
public sealed class BuildNeverThrowsProperties : IDisposable
{
    private static readonly string[] Keys = ["title", "order", "dateline", "people", "places", "photo", "pullquote", "related", "notes", "glossary", "redirect_from", "titel", "draft"];

    private static readonly string[] Values =
    [
        "Talks", "\"quoted: value\"", "'single'", "[a, b]", "[a, [b, c]]", "{caption: A, credit: B}", "{text: Q, by: X}", "3", "-1", "\"2\"",
        "true", "2022-02-30", "", "~", "&anchor x", "*alias", "\"unclosed", "[unclosed", "{a: 1", "|\n  block", ">\n  folded", "\t tab",
        "- quote: Normandy format\n    text: A note.", "- title: T\n    url: javascript:x", "{src: ../x.png, alt: A}", "{exclude: [nope]}", "Ω ünïcödé ✓",
        "<script>alert(1)</script>", "\u0000", "\"\\u0000\"",
    ];

    private static readonly string[] Prose =
    [
        "The Normandy format met.", "# Heading", "`code`", "*emph* **strong**", "[link](https://x.org)", "[t](term:normandy-format)", "[t](term:nope)",
        "<b>raw</b>", "> quote", "- item", "1. item", "| a | b |\n|---|---|\n| c | d |", "Note.[^1]\n\n[^1]: Footnote.", "![img](a.png)", "\n\n", "---",
        "```\nfenced", "&amp; &#0; &#x110000;", "\\*escaped\\*", "Normandy\nformat", "l'Normandy format’s",
    ];

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private static readonly Gen<string> Section =
        from keys in Gen.Int[0, Keys.Length - 1].Select(i => Keys[i]).Array[0, 6]
        from values in Gen.Int[0, Values.Length - 1].Select(i => Values[i]).Array[6]
        from prose in Gen.Int[0, Prose.Length - 1].Select(i => Prose[i]).Array[0, 8]
        from fence in Gen.Int[0, 9]
        select (fence == 0 ? "" : "---\n") + string.Concat(keys.Select((key, index) => $"{key}: {values[index]}\n")) + (fence == 1 ? "" : "---\n") + string.Join("\n", prose) + "\n";

    [Fact]
    public void Random_sections_never_crash_the_build_and_every_outcome_is_located_or_valid_html()
    {
        Section.Sample(text =>
        {
            _site.Write("articles/story/01-first.md", text);
            var result = _site.Build();

            if (!result.Succeeded)
            {
                Assert.All(result.Diagnostics.Where(d => d.Severity == Severity.Error), error =>
                {
                    Assert.False(string.IsNullOrWhiteSpace(error.Location.File));
                    Assert.False(string.IsNullOrWhiteSpace(error.Message));
                });
                return;
            }

            var parser = new HtmlParser(new HtmlParserOptions { IsStrictMode = true });
            parser.ParseDocument(File.ReadAllText(Path.Combine(_site.Output, "story", "index.html")));
        }, seed: Properties.PropertySeed.ForThisRun, iter: 150, print: text => text);
    }
}
