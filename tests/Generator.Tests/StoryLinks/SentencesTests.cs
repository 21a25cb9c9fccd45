using Generator.Prose;

namespace Generator.Tests.StoryLinks;

[Trait("Category", "Unit")]
public sealed class SentencesTests
{
    [Theory]
    [InlineData("First one. The link is here. Last one.", "link", "The link is here.")]
    [InlineData("Mr. Smith met the U.S. envoy at the link today. Then left.", "link", "Mr. Smith met the U.S. envoy at the link today.")]
    [InlineData("He spoke to NATO. The link followed!” And more.", "link", "The link followed!”")]
    [InlineData("No full stop at all around the link", "link", "No full stop at all around the link")]
    public void The_sentence_around_a_link_is_the_one_that_holds_it(string text, string link, string expected)
    {
        var start = text.IndexOf(link, StringComparison.Ordinal);

        Assert.Equal(expected, Sentences.Around(text, start, start + link.Length));
    }

    [Fact]
    public void A_sentence_too_long_to_quote_is_cut_around_the_link()
    {
        var text = string.Concat(Enumerable.Repeat("word ", 100)) + "the link " + string.Concat(Enumerable.Repeat("more ", 100)) + "end.";
        var start = text.IndexOf("the link", StringComparison.Ordinal);

        var quoted = Sentences.Around(text, start, start + 8);

        Assert.Contains("the link", quoted);
        Assert.StartsWith("… ", quoted);
        Assert.EndsWith(" …", quoted);
        Assert.True(quoted.Length <= Sentences.Longest + 4);
    }

    [Fact]
    public void An_opening_takes_whole_sentences_while_they_fit_and_cuts_a_first_one_that_does_not()
    {
        Assert.Equal("One. Two.", Sentences.Opening("One. Two. Three is longer than the rest.", 12));
        Assert.Equal("A very …", Sentences.Opening("A very long first sentence.", 10));
    }
}
