namespace Generator.Search;

/// <summary>
/// Every posting of one word, as the index's files are made from them: the articles' and the terms', each packed in
/// one number (page × 2^20 + part × 16 + score) and in page then part order. All of them, not only the ones a shard
/// keeps (<see cref="SearchIndexFiles.MostPostings"/>): an edit can bring back a posting a shard had left out.
/// <paramref name="EntryLength"/> is the length of the word's entry in its shard, which the shard plan weighs.
/// </summary>
public sealed record WordPostings(long[] Articles, long[] Terms, int EntryLength)
{
    /// <summary>Whether both hold the same postings.</summary>
    public bool SamePostings(long[] articles, long[] terms) => Articles.AsSpan().SequenceEqual(articles) && Terms.AsSpan().SequenceEqual(terms);
}
