using Generator.Glossary;

namespace Generator.Tests.Glossary;

/// <summary>The feed and the published text leave out every term's pop-up, whatever markup the theme's term-link partial gives it.</summary>
[Trait("Category", "Unit")]
public sealed class TermLinkMarkupTests
{
    [Fact]
    public void The_built_in_pop_up_is_left_out_and_the_link_kept()
    {
        var html = "<p>The <span class=\"term\"><a class=\"term-link\" href=\"/glossary/x/\">talks</a><span class=\"term-popup\"><span class=\"term-tip\" role=\"tooltip\" id=\"d\">A &quot;short&quot; one.</span> <a class=\"term-more\" href=\"/glossary/x/\">More about X</a></span></span> went on.</p>";

        Assert.Equal("<p>The <span class=\"term\"><a class=\"term-link\" href=\"/glossary/x/\">talks</a></span> went on.</p>", TermLinkMarkup.WithoutPopups(html));
    }

    [Fact]
    public void A_theme_s_own_pop_up_is_left_out_up_to_its_matching_end_tag()
    {
        var html = "<a href=\"/glossary/x/\">talks</a><div data-x=\"1\" class=\"desk term-popup\"><div>A <div>nested</div> one.</div><br/></div> and <em>more</em>.";

        Assert.Equal("<a href=\"/glossary/x/\">talks</a> and <em>more</em>.", TermLinkMarkup.WithoutPopups(html));
    }

    [Fact]
    public void Html_without_pop_ups_is_returned_as_it_is()
    {
        const string html = "<p class=\"term-popups\">No <span class=\"term\">pop-up</span> here.</p>";

        Assert.Same(html, TermLinkMarkup.WithoutPopups(html));
    }
}
