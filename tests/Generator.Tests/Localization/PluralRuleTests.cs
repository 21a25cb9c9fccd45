using Generator.Localization;

namespace Generator.Tests.Localization;

/// <summary>Counts choose their plural form by the CLDR rules of the language.</summary>
[Trait("Category", "Unit")]
public sealed class PluralRuleTests
{
    [Theory]
    [InlineData(1, "one")]
    [InlineData(21, "one")]
    [InlineData(101, "one")]
    [InlineData(2, "few")]
    [InlineData(4, "few")]
    [InlineData(22, "few")]
    [InlineData(0, "many")]
    [InlineData(5, "many")]
    [InlineData(11, "many")]
    [InlineData(12, "many")]
    [InlineData(14, "many")]
    [InlineData(111, "many")]
    [InlineData(112, "many")]
    [InlineData(25, "many")]
    public void Ukrainian_counts_take_one_few_or_many(long count, string category) =>
        Assert.Equal(category, PluralRule.For("uk")!.Choose(count));

    [Theory]
    [InlineData(1, "one")]
    [InlineData(0, "other")]
    [InlineData(2, "other")]
    [InlineData(21, "other")]
    public void English_counts_take_one_only_for_one(long count, string category) =>
        Assert.Equal(category, PluralRule.For("en")!.Choose(count));

    [Fact]
    public void A_regional_tag_takes_its_languages_rule() =>
        Assert.Equal(["one", "few", "many"], PluralRule.For("uk-UA")!.Categories);

    [Theory]
    [InlineData(1, "one")]
    [InlineData(21, "many")]
    [InlineData(22, "few")]
    public void Polish_differs_from_Ukrainian_at_twenty_one(long count, string category) =>
        Assert.Equal(category, PluralRule.For("pl")!.Choose(count));

    [Fact]
    public void A_language_with_no_known_rule_has_none() => Assert.Null(PluralRule.For("xx"));
}
