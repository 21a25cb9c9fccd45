using Generator.Search;

namespace Generator.Tests.Search;

/// <summary>
/// The index an edit makes by changing the last build's (<see cref="SearchIndexFiles.Update"/>) is the index a clean
/// build makes, file for file, after any sequence of edits: articles edited, added under a number that moves every
/// later one, removed, retitled with every word as it was, and terms edited; on an index with split shards, prefix summaries and words cut to their best
/// postings. And an edit writes only the files it changed.
/// </summary>
[Trait("Category", "Unit")]
public sealed class SearchIndexUpdateTests
{
    // Words that all begin with "ne" or "ot", so both split into many shards and "ne" gets a summary; "the" is in
    // every part, more results than a word keeps.
    private static readonly string[] Vocabulary =
        [.. from first in "abcdefgh" from second in "abcdefghijklmnopqrstuvwxy" select $"ne{first}{second}", .. from second in "abcdefghij" select $"ot{second}"];

    private static SearchPage Page(string key, Random random, int parts) =>
        new(key, key, $"/{key}/", Enumerable.Range(0, parts).Select(part => new SearchPart($"{key} {part}", $"/{key}/#{part}", $"text {random.Next()}",
            Enumerable.Range(0, 40).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]).Append("the").Distinct(StringComparer.Ordinal)
                .ToDictionary(word => word, _ => 1 + random.Next(15), StringComparer.Ordinal))).ToList());

    /// <summary>The site as the index leaves it: a file given without bytes is the one the site already held.</summary>
    private sealed class IndexedSite
    {
        private readonly Dictionary<string, (string Key, SearchPage Page)> _held = new(StringComparer.Ordinal);
        private SearchIndexState _state = SearchIndexState.Empty;

        public Dictionary<string, byte[]> Files { get; private set; } = new(StringComparer.Ordinal);

        /// <summary>Indexes the pages, reading again only those that are new, changed or moved to another number.</summary>
        /// <returns>The paths written (not kept).</returns>
        public List<string> Build(IReadOnlyList<SearchPage> articles, IReadOnlyList<SearchPage> terms)
        {
            var numbered = articles.OrderBy(page => page.Key, StringComparer.Ordinal).ToList();
            var indexed = numbered.Select((page, number) =>
                _held.TryGetValue($"{number}", out var held) && held.Key == page.Key && ReferenceEquals(held.Page, page)
                    ? null
                    : IndexedArticle.Of(page)).ToList();
            (var index, _state) = SearchIndexFiles.Update(_state, indexed, terms, (path, length) => Files.TryGetValue(path, out var bytes) && bytes.Length == length);
            // Each article's text is written when it is read, and kept as the site holds it otherwise.
            List<(string Path, byte[]? Bytes)> files = [.. index, .. numbered.Select((page, number) => (SearchIndexFiles.ArticleTextPath(number), indexed[number] is null ? null : SearchIndexFiles.ArticleText(page)))];
            var next = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var (path, bytes) in files)
            {
                Assert.True(bytes is not null || Files.ContainsKey(path), $"{path} is kept, but the site does not hold it");
                next[path] = bytes ?? Files[path];
            }

            Files = next;
            _held.Clear();
            for (var number = 0; number < numbered.Count; number++)
            {
                _held[$"{number}"] = (numbered[number].Key, numbered[number]);
            }

            return files.Where(file => file.Bytes is not null).Select(file => file.Path).ToList();
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void After_any_sequence_of_edits_the_changed_index_is_the_one_a_clean_build_makes(int seed)
    {
        var random = new Random(seed);
        var articles = Enumerable.Range(0, 400).Select(i => Page($"2022-{i:D4}", random, 3)).ToList();
        var terms = Enumerable.Range(0, 70).Select(i => Page($"term-{i:D3}", random, 1)).ToList();
        var site = new IndexedSite();
        site.Build(articles, terms);
        Assert.Contains(site.Files.Keys, path => path.StartsWith("search/p/", StringComparison.Ordinal));

        for (var step = 0; step < 8; step++)
        {
            var edit = random.Next(6);
            var at = random.Next(articles.Count);
            switch (edit)
            {
                case 0:
                    articles[at] = Page(articles[at].Key, random, 3);
                    break;
                case 1:
                    articles.RemoveAt(at);
                    break;
                case 2:
                    // Dated between two others: every later article moves up a number.
                    articles.Add(Page($"{articles[at].Key}-{step}", random, 2));
                    break;
                case 3:
                    terms[at % terms.Count] = Page(terms[at % terms.Count].Key, random, 1);
                    break;
                case 4:
                    // Retitled, every word as it was: the shards that show its results must show the new titles.
                    articles[at] = articles[at] with
                    {
                        Title = $"{articles[at].Title} retitled",
                        Parts = [.. articles[at].Parts.Select(part => part with { Title = $"{part.Title} retitled" })],
                    };
                    break;
                default:
                    // Two articles edited in one build, one of them newest.
                    articles[at] = Page(articles[at].Key, random, 1);
                    articles.Add(Page($"2023-{step}", random, 3));
                    break;
            }

            site.Build(articles, terms);
            var clean = SearchIndexFiles.Write(articles, terms).ToDictionary(file => file.Path, file => file.Bytes!, StringComparer.Ordinal);
            Assert.Equal(clean.Keys.Order(StringComparer.Ordinal), site.Files.Keys.Order(StringComparer.Ordinal));
            Assert.All(clean, file => Assert.True(file.Value.AsSpan().SequenceEqual(site.Files[file.Key]), $"{file.Key} differs from a clean build after edit {edit} at step {step}"));
        }
    }

    [Fact]
    public void An_edit_writes_the_shards_of_the_words_whose_postings_it_changed_and_keeps_every_other()
    {
        var random = new Random(7);
        var articles = Enumerable.Range(0, 400).Select(i => Page($"2022-{i:D4}", random, 3)).ToList();
        var site = new IndexedSite();
        var first = site.Build(articles, []);
        var shards = site.Files.Keys.Count(path => path.StartsWith("search/s/", StringComparison.Ordinal));
        Assert.True(shards > SearchIndexFiles.ShardsPerPrefix + 1, $"the index has {shards} shards");

        // One part gains a word only it has.
        var edited = articles[123];
        articles[123] = edited with { Parts = [edited.Parts[0] with { Scores = new Dictionary<string, int>(edited.Parts[0].Scores) { ["otz"] = 3 } }, .. edited.Parts.Skip(1)] };
        var written = site.Build(articles, []);

        Assert.Equal(["search/a/123.json", "search/index.json", .. written.Where(path => path.StartsWith("search/s/", StringComparison.Ordinal))], written.Order(StringComparer.Ordinal));
        Assert.Single(written, path => path.StartsWith("search/s/", StringComparison.Ordinal));
        Assert.NotEmpty(first);
    }
}
