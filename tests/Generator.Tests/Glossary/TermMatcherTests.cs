using Generator.Glossary;
using static Generator.Tests.Glossary.TermFactory;

namespace Generator.Tests.Glossary;

[Trait("Category", "Unit")]
public sealed class TermMatcherTests
{
    private static readonly Term Normandy = Term("normandy-format", "Normandy format", "Normandy Four");
    private static readonly Term Un = Term("un", "UN");
    private static readonly Term Charter = Term("un-charter", "UN Charter");
    private static readonly Term Lpr = Term("lugansk-peoples-republic", "Lugansk People's Republic");
    private static readonly Term Kyiv = Term("kyiv", "Київ");
    private static readonly Term Ecole = Term("ecole", "École");

    private static List<(string Text, string Slug)> Find(string text, params Term[] terms) =>
        new TermMatcher(terms).FindAll(text).Select(m => (text.Substring(m.Start, m.Length), m.Term.Slug)).ToList();

    [Fact]
    public void Term_matches_case_insensitively()
    {
        Assert.Equal([("normandy FORMAT", "normandy-format")], Find("talks in the normandy FORMAT today", Normandy));
    }

    [Fact]
    public void Alias_links_to_its_term()
    {
        Assert.Equal([("Normandy Four", "normandy-format")], Find("leaders of the Normandy Four met", Normandy));
    }

    [Fact]
    public void Term_never_matches_inside_a_longer_word()
    {
        Assert.Empty(Find("under unusual circumstances, a UNESCO site", Un));
    }

    [Fact]
    public void Longest_match_wins_over_a_shorter_overlapping_one()
    {
        Assert.Equal([("UN Charter", "un-charter")], Find("respect of the UN Charter.", Un, Charter));
    }

    [Fact]
    public void Possessive_links_the_term_without_the_apostrophe_s()
    {
        Assert.Equal([("Normandy format", "normandy-format")], Find("the Normandy format’s next round", Normandy));
        Assert.Equal([("UN", "un")], Find("the UN's position", Un));
    }

    [Fact]
    public void Curly_and_straight_apostrophes_in_a_term_match_each_other()
    {
        Assert.Equal([("Lugansk People’s Republic", "lugansk-peoples-republic")], Find("the Lugansk People’s Republic said", Lpr));
    }

    [Fact]
    public void Term_words_may_be_separated_by_a_line_break_or_several_spaces()
    {
        Assert.Equal([("Normandy\n  format", "normandy-format")], Find("the Normandy\n  format", Normandy));
    }

    [Fact]
    public void Terms_in_other_scripts_and_with_accents_match_on_word_boundaries()
    {
        Assert.Equal([("Київ", "kyiv")], Find("Зустріч у Київ, вчора", Kyiv));
        Assert.Empty(Find("Київщина", Kyiv));
        Assert.Equal([("école", "ecole")], Find("une école publique", Ecole));
    }

    [Fact]
    public void Every_occurrence_is_found_in_text_order()
    {
        var matches = Find("UN talks; the UN Charter; the UN.", Un, Charter);

        Assert.Equal([("UN", "un"), ("UN Charter", "un-charter"), ("UN", "un")], matches);
    }

    [Fact]
    public void Excluded_term_is_not_matched()
    {
        Assert.Empty(new TermMatcher([Normandy]).FindAll("the Normandy format", excluded: Normandy));
    }
}
