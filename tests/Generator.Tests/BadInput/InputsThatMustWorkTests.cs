using System.Security.Cryptography;
using System.Text;
using Generator.Tests.Support;

namespace Generator.Tests.BadInput;

/// <summary>
/// Inputs that look unusual but are valid and must build: other line endings, a byte-order mark, file names with
/// spaces and letters beyond ASCII, and a very long section.
/// </summary>
[Trait("Category", "Catalogue")]
public sealed class InputsThatMustWorkTests
{
    /// <summary>
    /// The most a build of a 20 MB section may take. It needs about 700 MB today: the text is held as UTF-16, its
    /// Markdown tree and its HTML; a gigabyte leaves room without letting memory grow with more copies of the text.
    /// </summary>
    private const long LongSectionMemoryBound = 1024L * 1024 * 1024;

    private static readonly TimeSpan LongSectionTimeBound = TimeSpan.FromSeconds(60);

    private static readonly Dictionary<string, string> SiteWithEveryLineEndingConcern = new()
    {
        ["site.yml"] = "title: Test Desk\ndescription: News, annotated.\nbase_url: https://example.org/\n",
        ["articles/story/index.md"] = "---\ntitle: A test story\ndate: 2022-02-14\n---\nThe standfirst,\non two lines.\n",
        ["articles/story/01-first.md"] =
            "---\ntitle: First\ndateline: KYIV\nnotes:\n  - quote: resumed in Berlin\n    text: After a pause of\n      several months.\n---\n" +
            "## Where things stand\n\nThe talks in the\nNormandy format resumed in Berlin.\n\n> A quotation\n> over two lines.\n",
        ["glossary/normandy-format.md"] = "---\nterm: Normandy format\nshort: A diplomatic group of Germany, France, Russia and Ukraine.\n---\nFormed in June 2014,\nin Normandy.\n",
    };

    [Theory]
    [InlineData("\r\n", false)]
    [InlineData("\r", false)]
    [InlineData("\n", true)]
    [InlineData("\r\n", true)]
    public void Crlf_and_cr_line_endings_and_a_byte_order_mark_build_the_same_site_as_lf(string lineEnding, bool byteOrderMark)
    {
        using var reference = new TestSite(minimal: false);
        using var variant = new TestSite(minimal: false);
        foreach (var (path, text) in SiteWithEveryLineEndingConcern)
        {
            reference.Write(path, text);
            var converted = Encoding.UTF8.GetBytes(text.Replace("\n", lineEnding));
            variant.WriteBytes(path, byteOrderMark ? [.. Encoding.UTF8.Preamble, .. converted] : converted);
        }

        reference.BuildSuccessfully();
        variant.BuildSuccessfully();

        Assert.Equal(Hashes(reference.Output), Hashes(variant.Output));
        Assert.NotNull(variant.Page("story/index.html").QuerySelector("#first mark.note-anchor"));
    }

    [Fact]
    public void Names_with_spaces_and_letters_beyond_ascii_build_with_readable_addresses()
    {
        using var site = new TestSite();
        site.Write("articles/Été à Kyiv/index.md", "---\ntitle: Summer in Kyiv\ndate: 2022-02-15\n---\n");
        site.Write("articles/Été à Kyiv/01-Première partie.md", "---\ntitle: One\n---\nVolodymyr Zelensky spoke in Київ.\n");
        site.Write("articles/Été à Kyiv/02-second part.md", "---\ntitle: Two\n---\nThe Normandy format met again.\n");
        // The same letter as a base letter and a combining accent (how macOS writes file names) gives the same address.
        site.Write("articles/Cafe\u0301 talks/index.md", "---\ntitle: Café talks\ndate: 2022-02-16\n---\n");
        site.Write("glossary/Volodymyr Zelensky.md", "---\nterm: Volodymyr Zelensky\nshort: President of Ukraine since 2019.\n---\nBody.\n");
        site.Write("glossary/Київ.md", "---\nterm: Київ\nshort: The capital of Ukraine, in Ukrainian.\n---\nBody.\n");

        site.BuildSuccessfully();

        foreach (var page in new[] { "été-à-kyiv/index.html", "café-talks/index.html", "glossary/київ/index.html", "glossary/volodymyr-zelensky/index.html" })
        {
            Assert.True(File.Exists(Path.Combine(site.Output, page)), $"{page} was not written");
        }

        var article = site.Page("été-à-kyiv/index.html");
        Assert.NotNull(article.GetElementById("première-partie"));
        Assert.NotNull(article.GetElementById("second-part"));
        var termLinks = article.QuerySelectorAll("a.term-link").Select(a => Uri.UnescapeDataString(a.GetAttribute("href")!)).ToList();
        Assert.Contains("/glossary/київ/", termLinks);
        Assert.Contains("/glossary/volodymyr-zelensky/", termLinks);
        var homeLinks = site.Page("index.html").QuerySelectorAll("a[href]").Select(a => Uri.UnescapeDataString(a.GetAttribute("href")!)).ToList();
        Assert.Contains("/été-à-kyiv/", homeLinks);
        Assert.Contains("/café-talks/", homeLinks);
    }

    [Fact]
    public void Twenty_megabyte_section_builds_within_the_memory_bound()
    {
        using var site = new TestSite();
        const string Paragraph =
            "The talks in the Normandy format resumed in Berlin on Thursday, and the delegations met for several hours. " +
            "Officials said the ceasefire had largely held along the line of contact, though both sides reported violations.\n\n";
        var prose = new StringBuilder("---\ntitle: First\n---\n");
        while (prose.Length < 20_000_000)
        {
            prose.Append(Paragraph);
        }

        prose.Append("The last paragraph of the long section.\n");
        site.Write("articles/story/01-first.md", prose.ToString());

        var outcome = MeasuredGeneratorProcess.Run(site.Root, LongSectionTimeBound, LongSectionMemoryBound, "--theme", RepositoryPaths.Theme);

        Assert.True(outcome.KilledBecause is null, $"The build was stopped because {outcome.KilledBecause}.");
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        var page = File.ReadAllText(Path.Combine(site.Output, "story", "index.html"));
        Assert.True(page.Length > 20_000_000, $"The article page has only {page.Length} characters.");
        Assert.Contains("The last paragraph of the long section.", page);
    }

    private static Dictionary<string, string> Hashes(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(folder, path), path => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))));
}
