using System.Text.Json.Nodes;
using Generator.Search;
using Generator.Tests.Incremental;
using Generator.Tests.Support;

namespace Generator.Tests.Search;

/// <summary>The search index a real build writes under search/, and how an incremental build keeps it.</summary>
[Trait("Category", "EndToEnd")]
public sealed class SearchIndexTests : IDisposable
{
    private readonly IncrementalSite _incremental = new();

    private TestSite Site => _incremental.Site;

    /// <summary>The results (as "page:part") the index lists for a normalized word; empty when it has no such word.</summary>
    private List<string> Results(string word)
    {
        var manifest = JsonNode.Parse(File.ReadAllBytes(Path.Combine(Site.Output, SearchIndexFiles.Manifest)))!;
        var shard = manifest["shards"]!.AsArray().Select(s => s!.AsArray())
            .Where(s => word.StartsWith(s[0]!.GetValue<string>(), StringComparison.Ordinal))
            .MaxBy(s => s[0]!.GetValue<string>().Length);
        if (shard is null || JsonNode.Parse(File.ReadAllBytes(Path.Combine(Site.Output, "search", "s", shard[1]!.GetValue<string>() + ".json")))![word] is not JsonArray entry)
        {
            return [];
        }

        var results = new List<string>();
        foreach (var (list, kind) in new[] { (entry[1]!.AsArray(), "a"), (entry[2]!.AsArray(), "t") })
        {
            var page = 0;
            for (var index = 0; index < list.Count; index += 2)
            {
                page += list[index]!.GetValue<int>();
                results.Add($"{kind}{page}:{list[index + 1]!.GetValue<int>() >> 4}");
            }
        }

        return results;
    }

    private string ArticleText(int number) => File.ReadAllText(Path.Combine(Site.Output, "search", "a", $"{number}.json"));

    private string HeadsFile(int number) => Path.Combine(Site.Output, SearchIndexFiles.ArticleHeadsPath(number));

    [Fact]
    public void Each_article_has_a_heads_file_of_its_parts_titles_and_addresses_and_a_lost_one_is_written_again()
    {
        _incremental.Build();

        for (var number = 0; number < 3; number++)
        {
            var text = JsonNode.Parse(ArticleText(number))!;
            var parts = text["p"]!.AsArray();
            var heads = JsonNode.Parse(File.ReadAllText(HeadsFile(number)))!.AsArray();
            Assert.Equal(parts.Count, heads.Count);
            for (var part = 0; part < parts.Count; part++)
            {
                var head = heads[part]!.AsArray().Select(value => value!.GetValue<string>()).ToList();
                // [title, address], and for a section its article's title.
                List<string> expected = [parts[part]![0]!.GetValue<string>(), parts[part]![1]!.GetValue<string>(), .. part > 0 ? [text["t"]!.GetValue<string>()] : Array.Empty<string>()];
                Assert.Equal(expected, head);
            }
        }

        // The cache keeps the article as it was read, but the site no longer holds its heads file as written.
        File.Delete(HeadsFile(1));
        _incremental.Build();

        Assert.True(File.Exists(HeadsFile(1)));
        _incremental.AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_glossary_alias_finds_the_sections_that_name_the_term_and_the_term_itself()
    {
        _incremental.Build();

        // "talks" is the oldest article (number 0); its first section says "Normandy format", whose alias is "Normandy Four".
        Assert.Contains("a0:1", Results("four"));
        Assert.Contains("t1:0", Results("four"));
        Assert.Contains("\"In Paris\",\"/talks/#paris\"", ArticleText(0));
    }

    [Fact]
    public void Cyrillic_and_accented_words_are_found_without_their_diacritics()
    {
        Site.Write("articles/kremlin/02-kyiv.md", "---\ntitle: У Києві\n---\nZélensky met the delegation in Київ.\n");

        _incremental.Build();

        Assert.Equal(["a2:2"], Results("zelensky"));
        Assert.Equal(["a2:2"], Results("киів"));
        Assert.Equal(["a2:2"], Results("києві"));
        Assert.Contains("Zélensky met the delegation in Київ.", ArticleText(2));
    }

    [Fact]
    public void Titles_and_headings_score_higher_than_prose()
    {
        _incremental.Build();

        Assert.Equal(["a0:1"], Results("paris"));
        var shardText = Directory.GetFiles(Path.Combine(Site.Output, "search", "s")).Select(File.ReadAllText).Single(text => text.Contains("\"paris\""));
        // Section 1 of page 0 has "Paris" in its title and its prose: the heading weight plus nothing for one mention.
        Assert.Contains($"\"paris\":[1,[0,{(1 << 4) + SearchWeight.Heading}],[]]", shardText);
    }

    [Fact]
    public void An_edit_rewrites_only_the_shards_of_the_words_it_changed_and_equals_a_clean_build()
    {
        _incremental.Build();
        var before = _incremental.Snapshot();

        Site.Write("articles/accords/01-minsk.md", "---\ntitle: Minsk\n---\nBoth sides cited the Minsk agreements. A zeppelin hovered.\n");
        _incremental.Build();

        var touched = IncrementalSite.TouchedFiles(before, _incremental.Snapshot()).Where(path => path.StartsWith("search/", StringComparison.Ordinal)).ToList();
        var shards = touched.Where(path => path.StartsWith("search/s/", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, shards.Count);
        Assert.All(shards, shard => Assert.Matches("\"(hovered|zeppelin)\"", File.ReadAllText(Path.Combine(Site.Output, shard))));
        Assert.Equal(["search/a/1.json", "search/index.json", .. shards], touched.Order(StringComparer.Ordinal));
        Assert.True(before.Keys.Count(key => key.Replace('\\', '/').StartsWith("search/s/", StringComparison.Ordinal)) > 10);
        _incremental.AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_rebuild_with_nothing_changed_keeps_every_file_of_the_index()
    {
        _incremental.Build();
        var before = _incremental.Snapshot();

        _incremental.Build();

        Assert.Empty(IncrementalSite.TouchedFiles(before, _incremental.Snapshot()));
    }

    [Fact]
    public void A_new_alias_reaches_the_sections_that_mention_the_term_and_an_earlier_date_renumbers_the_articles()
    {
        _incremental.Build();
        Assert.Empty(Results("quartet"));

        Site.Write("glossary/normandy-format.md", TestSite.MinimalTerm.Replace("aliases: [Normandy Four]", "aliases: [Normandy Four, Normandy quartet]"));
        _incremental.Build();
        Assert.Contains("a0:1", Results("quartet"));
        _incremental.AssertSameAsCleanBuild();

        // "kremlin" moves before the others: every article's number changes, and its text file with it.
        Site.Write("articles/kremlin/index.md", "---\ntitle: Moscow waits\ndate: 2022-02-01\n---\n");
        _incremental.Build();
        Assert.Contains("\"Moscow waits\"", ArticleText(0));
        Assert.Contains("a1:1", Results("quartet"));
        _incremental.AssertSameAsCleanBuild();
    }

    [Fact]
    public void An_article_the_build_cache_reuses_is_read_for_search_as_a_rendered_one_is()
    {
        // Rendered, the section's search text comes from the syntax tree rendering made (term links, note anchors and
        // sidenotes in it); reused with a new number, from its Markdown parsed again: both must read the same words.
        Site.Write("articles/accords/01-minsk.md", """
            ---
            title: Minsk
            notes:
              - quote: "the Minsk agreements"
                text: "Signed in *2014* and 2015."
            ---
            Both sides "cited" the Minsk agreements -- again[^1]. See [the talks](/talks/) and `code`.

            ## What the Normandy format said

            > The State Duma met *at once*.

            [^1]: Reported by two agencies.
            """);
        _incremental.Build();
        Assert.Contains("What the Normandy format said", ArticleText(1));

        Site.Write("articles/kremlin/index.md", "---\ntitle: Moscow waits\ndate: 2022-02-01\n---\n");
        _incremental.Build();

        Assert.Contains("What the Normandy format said", ArticleText(2));
        _incremental.AssertSameAsCleanBuild();
    }

    public void Dispose() => _incremental.Site.Dispose();
}
