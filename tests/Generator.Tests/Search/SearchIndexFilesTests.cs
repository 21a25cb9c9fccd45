using System.Text.Json.Nodes;
using Generator.Search;

namespace Generator.Tests.Search;

[Trait("Category", "Unit")]
public sealed class SearchIndexFilesTests
{
    private static SearchPage Article(string key, params (string Word, int Score)[] words) =>
        new(key, key, $"/{key}/", [new SearchPart(key, $"/{key}/", "text", words.ToDictionary(w => w.Word, w => w.Score))]);

    private static JsonNode Entry(IReadOnlyList<(string Path, byte[]? Bytes)> files, string word) => ShardOf(files, word)[word]!;

    private static JsonNode ShardOf(IReadOnlyList<(string Path, byte[]? Bytes)> files, string word)
    {
        var manifest = JsonNode.Parse(files.Single(f => f.Path == SearchIndexFiles.Manifest).Bytes)!;
        var shard = manifest["shards"]!.AsArray().Select(s => s!.AsArray())
            .Where(s => word.StartsWith(s[0]!.GetValue<string>(), StringComparison.Ordinal))
            .MaxBy(s => s[0]!.GetValue<string>().Length)!;
        var bytes = files.Single(f => f.Path == $"search/s/{shard[1]!.GetValue<string>()}.json").Bytes!;
        return JsonNode.Parse(bytes)!;
    }

    [Fact]
    public void A_shard_carries_the_heads_of_the_results_each_of_its_words_ranks_first_as_the_script_ranks_them()
    {
        // "talks" is in twelve articles' openings: the two scored 9 rank first (the newer first), then a section of the
        // oldest article scored 6, then the newest five scored 1 (an earlier part before a later one of the same page);
        // "deal" is only in that section. The term is ranked apart.
        var pages = Enumerable.Range(0, 12).Select(i => Article($"{i:D2}", ("talks", i is 2 or 5 ? 9 : 1))).ToList();
        pages[0] = pages[0] with
        {
            Parts = [.. pages[0].Parts, new SearchPart("Deal holds", "/00/#deal", "text", new Dictionary<string, int> { ["talks"] = 6, ["deal"] = 8 })],
        };
        // Page 7 has "talks" in its opening and in a section, both scored 1: only the first part has a place left.
        pages[7] = pages[7] with { Parts = [.. pages[7].Parts, new SearchPart("Later", "/07/#later", "text", new Dictionary<string, int> { ["talks"] = 1 })] };
        var terms = new[] { new SearchPage("talks-term", "Talks", "/glossary/talks/", [new SearchPart("Talks", "/glossary/talks/", "text", new Dictionary<string, int> { ["talks"] = 12 })]) };

        var heads = ShardOf(SearchIndexFiles.Write(pages, terms), "talks")["_heads"]!.AsObject();

        // An article's part is page × 65,536 + 65,535 − part; a term −1 − page.
        long Opening(int page) => (page * 65536L) + 65535;
        long[] expected = [-1, Opening(0) - 1, Opening(2), Opening(5), .. Enumerable.Range(7, 5).Select(Opening)];
        Assert.Equal(expected.Order(), heads.Select(head => long.Parse(head.Key, System.Globalization.CultureInfo.InvariantCulture)).Order());
        Assert.Equal("[\"Deal holds\",\"/00/#deal\",\"00\"]", heads[(Opening(0) - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)]!.ToJsonString());
        Assert.Equal("[\"11\",\"/11/\"]", heads[Opening(11).ToString(System.Globalization.CultureInfo.InvariantCulture)]!.ToJsonString());
        Assert.Equal("[\"Talks\",\"/glossary/talks/\"]", heads["-1"]!.ToJsonString());
        Assert.DoesNotContain(Opening(7) - 1, heads.Select(head => long.Parse(head.Key, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.DoesNotContain(Opening(6).ToString(System.Globalization.CultureInfo.InvariantCulture), heads.Select(head => head.Key));
    }

    [Fact]
    public void Pages_are_numbered_by_their_key_and_postings_give_each_page_as_the_step_from_the_last()
    {
        var files = SearchIndexFiles.Write([Article("2022-03-01 c", ("talks", 3)), Article("2022-01-01 a", ("talks", 1)), Article("2022-02-01 b")], []);

        // Two parts have the word; page 0 part 0 score 1, then page 2 (a step of 2) part 0 score 3.
        Assert.Equal("[2,[0,1,2,3],[]]", Entry(files, "talks").ToJsonString());
        Assert.Contains(files, f => f.Path == "search/a/2.json" && System.Text.Encoding.UTF8.GetString(f.Bytes!).Contains("\"t\":\"2022-03-01 c\""));
    }

    [Fact]
    public void A_word_in_too_many_results_keeps_the_best_scored_then_the_newest_and_says_how_many_there_were()
    {
        var pages = Enumerable.Range(0, SearchIndexFiles.MostPostings + 10)
            .Select(i => Article($"{i:D5}", ("common", i == 3 ? 9 : 1)))
            .ToList();

        var entry = Entry(SearchIndexFiles.Write(pages, []), "common").AsArray();

        Assert.Equal(SearchIndexFiles.MostPostings + 10, entry[0]!.GetValue<int>());
        var postings = entry[1]!.AsArray().Select(n => n!.GetValue<int>()).ToList();
        Assert.Equal(SearchIndexFiles.MostPostings * 2, postings.Count);
        // The best-scored page (3) first, then the newest 999: pages 11 to 1009.
        Assert.Equal([3, 9, 8, 1], postings.Take(4));
    }

    [Fact]
    public void A_prefix_whose_words_fill_more_shards_than_the_script_fetches_has_a_summary_of_their_best_postings()
    {
        // 2,500 pages, each with six words that begin with "ne" (nea7, neb7 … nef7 for page 7): "ne" splits into six
        // shards, more than the script fetches for a word it is typing. Page 7 has one of them in its title (9).
        var pages = Enumerable.Range(0, 2500)
            .Select(i => Article($"{i:D5}", [.. "abcdef".Select(c => ($"ne{c}{i % 30}", i == 7 && c == 'c' ? 9 : (i % 3) + 1))]))
            .ToList();

        var files = SearchIndexFiles.Write(pages, []);

        var manifest = JsonNode.Parse(files.Single(f => f.Path == SearchIndexFiles.Manifest).Bytes)!;
        var keys = manifest["shards"]!.AsArray().Select(s => s![0]!.GetValue<string>()).ToList();
        Assert.True(keys.Count(key => key.StartsWith("ne", StringComparison.Ordinal)) > SearchIndexFiles.ShardsPerPrefix);
        var prefixes = manifest["prefixes"]!.AsArray().ToDictionary(p => p![0]!.GetValue<string>(), p => p![1]!.GetValue<string>());
        Assert.Contains("ne", prefixes.Keys);
        Assert.DoesNotContain("nea", prefixes.Keys);
        var summary = JsonNode.Parse(files.Single(f => f.Path == $"search/p/{prefixes["ne"]}.json").Bytes)!;
        var entry = summary["_entry"]!.AsArray();
        // Every page has six of the prefix's words, and is one result; the best 2,000 are kept: score 9, then score 3
        // (pages 2, 5 … 2,498: 833 of them), then the newest score-2 pages. Some were cut: the first number is the
        // count of all the postings, more than were kept.
        Assert.Equal(2500 * 6, entry[0]!.GetValue<int>());
        var numbers = entry[1]!.AsArray().Select(n => n!.GetValue<int>()).ToList();
        Assert.Equal(SearchIndexFiles.BegunPostings * 2, numbers.Count);
        var kept = new Dictionary<int, int>();
        for (int index = 0, page = 0; index < numbers.Count; index += 2)
        {
            page += numbers[index];
            kept[page] = numbers[index + 1] & 15;
        }

        Assert.Equal(9, kept[7]);
        Assert.All(Enumerable.Range(0, 2500).Where(i => i % 3 == 2), page => Assert.Equal(3, kept[page]));
        Assert.Contains(2497, kept.Keys);
        Assert.DoesNotContain(0, kept.Keys);
        // The words the kept postings are of, for the snippets to mark.
        var words = summary["_words"]!.AsArray().Select(w => w!.GetValue<string>()).ToList();
        Assert.Contains("nec7", words);
        Assert.All(words, word => Assert.StartsWith("ne", word, StringComparison.Ordinal));
    }

    [Fact]
    public void A_shard_that_did_not_change_keeps_its_name_and_bytes()
    {
        var before = SearchIndexFiles.Write([Article("a", ("alpha", 1)), Article("b", ("beta", 1))], []);
        var after = SearchIndexFiles.Write([Article("a", ("alpha", 1)), Article("b", ("beta", 1), ("bravo", 1))], []);

        var unchanged = before.Where(f => f.Path.StartsWith("search/s/", StringComparison.Ordinal)).ToList();
        var changed = unchanged.Where(f => !after.Any(a => a.Path == f.Path && a.Bytes!.SequenceEqual(f.Bytes!))).ToList();
        Assert.Single(changed);
        Assert.Contains("beta", System.Text.Encoding.UTF8.GetString(changed[0].Bytes!));
    }

    [Fact]
    public void Terms_come_in_groups_and_have_postings_of_their_own()
    {
        var terms = Enumerable.Range(0, SearchIndexFiles.TermsPerFile + 1).Select(i => Article($"term-{i:D3}", ("name", 12))).ToList();

        var files = SearchIndexFiles.Write([], terms);

        Assert.Contains(files, f => f.Path == "search/t/0.json");
        Assert.Contains(files, f => f.Path == "search/t/1.json");
        Assert.Equal(SearchIndexFiles.TermsPerFile + 1, Entry(files, "name")[2]!.AsArray().Count / 2);
    }
}
