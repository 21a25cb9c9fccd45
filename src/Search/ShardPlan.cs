namespace Generator.Search;

/// <summary>
/// Splits the index's words into shards by the first letters of the word: a shard per first letter, and a letter
/// whose words are too many bytes for one download split again by the next letter, as deep as needed. A word shorter
/// than the depth of its split is a shard of its own, keyed by the word ("ha" beside "hab" … "haz"). The keys are
/// what the search script finds a word's shard by: the longest key the word starts with.
/// </summary>
public static class ShardPlan
{
    /// <param name="words">Every word, ordinally sorted, with the size of its entry in a shard.</param>
    /// <param name="maximumBytes">The size above which a group of words is split by one more letter.</param>
    /// <returns>Each shard's key and the words in it, ordinally sorted by key.</returns>
    public static IReadOnlyList<(string Key, IReadOnlyList<string> Words)> Run(IReadOnlyList<(string Word, int Bytes)> words, int maximumBytes)
    {
        var shards = new List<(string, IReadOnlyList<string>)>();
        Split(words, 1, maximumBytes, shards);
        return shards.OrderBy(shard => shard.Item1, StringComparer.Ordinal).ToList();
    }

    private static void Split(IReadOnlyList<(string Word, int Bytes)> words, int depth, int maximumBytes, List<(string, IReadOnlyList<string>)> shards)
    {
        foreach (var group in words.GroupBy(entry => KeyOf(entry.Word, depth), StringComparer.Ordinal))
        {
            var members = group.ToList();
            if (members.Count == 1 || members.Sum(entry => entry.Bytes) <= maximumBytes || members.All(entry => entry.Word.Length <= depth))
            {
                shards.Add((group.Key, members.Select(entry => entry.Word).ToList()));
            }
            else
            {
                Split(members, depth + 1, maximumBytes, shards);
            }
        }
    }

    /// <summary>The first <paramref name="depth"/> UTF-16 units of the word, as the script's <c>startsWith</c> compares them.</summary>
    public static string KeyOf(string word, int depth) => word.Length <= depth ? word : word[..depth];
}
