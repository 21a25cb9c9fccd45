using AngleSharp.Dom;
using Generator.Corpus;

namespace Generator.Tests.Corpus;

/// <summary>
/// The corpus generator writes sites the generator builds cleanly, and its prose holds the cases linking must get
/// right: terms in headings, link text and code stay unlinked; possessive, capitalised, plural and punctuated ones link.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class GeneratedCorpusTests(GeneratedCorpusFixture corpus) : IClassFixture<GeneratedCorpusFixture>
{
    [Fact]
    public void A_generated_corpus_builds_with_strict_without_errors_or_warnings()
    {
        Assert.True(corpus.Build.ExitCode == 0, corpus.Build.Error);
        Assert.Equal("", corpus.Build.Error);
        Assert.Contains("3 articles, 20 terms", corpus.Build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_options_write_the_same_files()
    {
        var first = Path.Combine(corpus.Root, "first");
        var second = Path.Combine(corpus.Root, "second");
        CorpusWriter.Write(GeneratedCorpusFixture.Options, first);
        CorpusWriter.Write(GeneratedCorpusFixture.Options, second);

        Assert.Equal(Snapshot(first), Snapshot(second));
    }

    [Fact]
    public void Terms_in_headings_are_not_linked()
    {
        var headings = corpus.Prose().SelectMany(prose => prose.QuerySelectorAll("h3, h4")).Where(NamesATerm).ToList();

        Assert.NotEmpty(headings);
        Assert.All(headings, heading => Assert.Empty(heading.QuerySelectorAll(".term-link")));
    }

    [Fact]
    public void Terms_in_code_are_not_linked()
    {
        var code = corpus.Prose().SelectMany(prose => prose.QuerySelectorAll("code")).Where(NamesATerm).ToList();

        Assert.NotEmpty(code);
        Assert.All(code, span => Assert.Empty(span.QuerySelectorAll(".term-link")));
    }

    [Fact]
    public void Terms_in_the_text_of_other_links_are_not_linked()
    {
        // A term link inside a link would be nested <a>, which the HTML parser splits: the link would lose the name.
        var links = corpus.Prose().SelectMany(prose => prose.QuerySelectorAll("a[href^='https://example.org/data/']")).ToList();

        Assert.NotEmpty(links);
        Assert.All(links, link =>
        {
            var slug = link.GetAttribute("href")!["https://example.org/data/".Length..].TrimEnd('/');
            Assert.Equal(corpus.Term(slug).Name + " in numbers", link.TextContent);
            Assert.Empty(link.QuerySelectorAll(".term-link"));
        });
    }

    [Fact]
    public void Possessive_occurrences_are_linked_on_the_name()
    {
        AssertSomeTermLink(link => link.Term.ParentElement!.NextSibling?.TextContent.StartsWith("’s", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Lower_case_terms_capitalised_at_the_start_of_a_sentence_are_linked()
    {
        AssertSomeTermLink(link => link.Of.Kind == TermKind.CommonNoun && char.IsUpper(link.Term.TextContent[0]));
    }

    [Fact]
    public void Plural_occurrences_are_linked()
    {
        AssertSomeTermLink(link => link.Of.Plurals.Contains(link.Term.TextContent, StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void Aliases_are_linked()
    {
        AssertSomeTermLink(link => link.Of.Aliases.Contains(link.Term.TextContent, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("(", "")]
    [InlineData("“", "")]
    [InlineData("", ";")]
    [InlineData("", "?")]
    [InlineData("", ")")]
    public void Occurrences_next_to_punctuation_are_linked(string before, string after)
    {
        AssertSomeTermLink(link =>
        {
            var wrapper = link.Term.ParentElement!;
            return (wrapper.PreviousSibling?.TextContent ?? "").EndsWith(before, StringComparison.Ordinal) &&
                (wrapper.NextSibling?.TextContent ?? "").StartsWith(after, StringComparison.Ordinal);
        });
    }

    /// <summary>Some term link of the prose, whose words are a form of the term it links to, is as described.</summary>
    private void AssertSomeTermLink(Func<(IElement Term, CorpusTerm Of), bool> isAsDescribed)
    {
        var links = corpus.Prose().SelectMany(prose => prose.QuerySelectorAll("a.term-link"))
            .Select(link => (Term: link, Of: corpus.Term(link.GetAttribute("data-term")!)))
            .Where(link => link.Of.Forms.Contains(link.Term.TextContent, StringComparer.OrdinalIgnoreCase))
            .ToList();

        Assert.True(links.Any(isAsDescribed), $"None of the {links.Count} term links of the corpus is like that: " +
            string.Join(", ", links.Select(link => link.Term.TextContent).Distinct(StringComparer.Ordinal)));
    }

    private bool NamesATerm(IElement element) =>
        corpus.Terms.Any(term => element.TextContent.Contains(term.Name, term.CaseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase));

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(folder, path), File.ReadAllText, StringComparer.Ordinal);
}
