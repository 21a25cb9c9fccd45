using Generator.Glossary;
using static Generator.Tests.Glossary.TermFactory;

namespace Generator.Tests.Glossary;

/// <summary>Matching follows Unicode word boundaries (UAX #29), case rules and the forms a term declares.</summary>
[Trait("Category", "Unit")]
public sealed class WordBoundaryMatchingTests
{
    private static List<string> Find(string text, params Term[] terms) =>
        new TermMatcher(terms).FindAll(text).Select(m => text.Substring(m.Start, m.Length)).ToList();

    [Fact]
    public void Case_sensitive_term_matches_only_its_own_capitalisation()
    {
        var des = Term("des", "DES") with { CaseSensitive = true };

        Assert.Equal(["DES"], Find("les données des agents et le DES", des));
    }

    [Fact]
    public void Lower_case_acronym_inside_a_sentence_is_not_matched_for_a_case_sensitive_term()
    {
        var in_ = Term("in", "IN") with { CaseSensitive = true };

        Assert.Empty(Find("in the morning, in Kyiv", in_));
    }

    [Fact]
    public void Letters_joined_by_a_period_or_underscore_are_one_word()
    {
        var un = Term("un", "UN");

        Assert.Empty(Find("a.UN b_UN UN_c", un));
        Assert.Equal(["UN"], Find("the UN.", un));
    }

    [Fact]
    public void Combining_marks_belong_to_the_word()
    {
        var cafe = Term("cafe", "cafe");

        Assert.Empty(Find("un cafe\u0301 noir", cafe));
    }

    [Fact]
    public void Numbers_with_separators_are_one_word()
    {
        var two = Term("article-2", "2");

        Assert.Empty(Find("3,2 and 2.5", two));
        Assert.Equal(["2"], Find("Article 2 of", two));
    }

    [Fact]
    public void Elided_article_before_a_term_does_not_hide_it()
    {
        var otan = Term("otan", "OTAN");

        Assert.Equal(["OTAN"], Find("l'OTAN et l’OTAN", otan).Take(1).ToList());
        Assert.Equal(2, Find("l'OTAN et l’OTAN", otan).Count);
    }

    [Fact]
    public void Ideographic_term_matches_inside_a_run_of_ideographs()
    {
        var un = Term("un-cn", "联合国");

        Assert.Equal(["联合国"], Find("我们在联合国开会", un));
    }

    [Fact]
    public void Derived_plural_links_to_the_singular_term()
    {
        var agreement = Term("agreement", "Minsk agreement") with { Plurals = [EnglishPlural.Of("Minsk agreement")] };

        Assert.Equal(["Minsk agreements"], Find("the Minsk agreements were signed", agreement));
    }

    [Theory]
    [InlineData("agreement", "agreements")]
    [InlineData("policy", "policies")]
    [InlineData("day", "days")]
    [InlineData("crisis", "crisises")]
    [InlineData("NGO", "NGOs")]
    [InlineData("embassy in Kyiv", "embassy in Kyivs")]
    public void Regular_english_plurals_are_derived(string singular, string plural)
    {
        Assert.Equal(plural, EnglishPlural.Of(singular));
    }
}
