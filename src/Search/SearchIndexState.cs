namespace Generator.Search;

/// <summary>
/// The index as a build made it, which the next build changes instead of making it again: every word's postings, each
/// shard (by key) and prefix summary (by prefix) it wrote, and every article's and term's result heads by number (what
/// the shards and summaries showed of them). See <see cref="SearchIndexFiles.Update"/>.
/// </summary>
public sealed record SearchIndexState(
    IReadOnlyDictionary<string, WordPostings> Words,
    IReadOnlyDictionary<string, IndexFile> Shards,
    IReadOnlyDictionary<string, IndexFile> Summaries,
    IReadOnlyList<string[]> ArticleHeads,
    IReadOnlyList<string[]> TermHeads)
{
    /// <summary>No index yet: a clean build, or a cache that does not hold one.</summary>
    public static SearchIndexState Empty { get; } = new(
        new Dictionary<string, WordPostings>(StringComparer.Ordinal),
        new Dictionary<string, IndexFile>(StringComparer.Ordinal),
        new Dictionary<string, IndexFile>(StringComparer.Ordinal),
        [],
        []);
}
