using Generator.Search;

namespace Generator.Tests.Search;

[Trait("Category", "Unit")]
public sealed class ShardPlanTests
{
    [Fact]
    public void Small_indexes_have_a_shard_per_first_letter()
    {
        var plan = ShardPlan.Run([("alpha", 10), ("apple", 10), ("beta", 10), ("мир", 10)], maximumBytes: 100);

        Assert.Equal(["a", "b", "м"], plan.Select(shard => shard.Key));
        Assert.Equal(["alpha", "apple"], plan[0].Words);
    }

    [Fact]
    public void A_letter_with_too_many_bytes_is_split_by_the_next_letter_and_a_short_word_is_a_shard_of_its_own()
    {
        var plan = ShardPlan.Run([("ha", 10), ("hat", 50), ("hate", 50), ("hub", 10)], maximumBytes: 100);

        Assert.Equal(["ha", "hat", "hu"], plan.Select(shard => shard.Key));
        Assert.Equal(["hat", "hate"], plan[1].Words);
    }

    [Fact]
    public void A_word_too_big_for_a_shard_is_a_shard_on_its_own()
    {
        var plan = ShardPlan.Run([("enormous", 500), ("enough", 10)], maximumBytes: 100);

        Assert.Equal([("enor", 1), ("enou", 1)], plan.Select(shard => (shard.Key, shard.Words.Count)));
    }

    [Fact]
    public void Every_word_is_in_the_shard_of_the_longest_key_it_starts_with()
    {
        var words = Enumerable.Range(0, 400).Select(i => ($"w{(char)('a' + (i % 26))}{(char)('a' + (i / 26 % 26))}{i}", 40)).OrderBy(w => w.Item1, StringComparer.Ordinal).ToList();

        var plan = ShardPlan.Run(words, maximumBytes: 300);

        foreach (var (key, members) in plan)
        {
            Assert.All(members, word => Assert.Equal(key, plan.Select(s => s.Key).Where(k => word.StartsWith(k, StringComparison.Ordinal)).MaxBy(k => k.Length)));
            Assert.True(members.Count == 1 || members.Count * 40 <= 300);
        }

        Assert.Equal(words.Count, plan.Sum(shard => shard.Words.Count));
    }
}
