using Generator.Search;

namespace Generator.Tests.Search;

[Trait("Category", "Unit")]
public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Zelenskyy", "zelenskyy")]
    [InlineData("Zélensky", "zelensky")]
    [InlineData("ZÜRICH", "zurich")]
    [InlineData("Київ", "киів")]
    [InlineData("Ёлка", "елка")]
    [InlineData("Łódź", "łodz")]
    public void A_word_is_folded_to_lower_case_without_diacritics(string word, string expected) =>
        Assert.Equal(expected, SearchText.Normalize(word));

    [Fact]
    public void A_decomposed_letter_reads_as_the_composed_one() =>
        Assert.Equal(SearchText.Normalize("Z\u00E9lensky"), SearchText.Normalize("Ze\u0301lensky"));

    [Fact]
    public void Words_are_runs_of_letters_and_digits_and_single_letters_are_left_out()
    {
        var words = SearchText.Words("Russia’s cease-fire, agreed on 24 February in Мінськ: a draft.").Select(w => w.Word);

        Assert.Equal(["russia", "cease", "fire", "agreed", "on", "24", "february", "in", "мінськ", "draft"], words);
    }

    [Fact]
    public void Each_word_keeps_where_it_stands_in_the_text()
    {
        var (start, length, word) = SearchText.Words("the Élysée Palace").ElementAt(1);

        Assert.Equal((4, 6, "elysee"), (start, length, word));
    }
}
