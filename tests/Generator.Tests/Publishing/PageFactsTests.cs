using System.Text;
using Generator.Publishing;

namespace Generator.Tests.Publishing;

/// <summary>The one-pass tag scanner behind the site checks and rebasing reads what a browser would, and nothing else, in the page's UTF-8.</summary>
[Trait("Category", "Unit")]
public sealed class PageFactsTests
{
    [Fact]
    public void Reads_ids_links_once_each_and_the_article_section_each_link_sits_in()
    {
        const string Html = """
            <!DOCTYPE html><html><body id=top>
            <section id="paris" class="article-section"><p><a href="/glossary/x/">x</a>
            <section class="inner"><img src='/a.png' alt=""></section><a HREF="#paris-fn-1">1</a><a href="/glossary/x/">x</a></section>
            <a href="/?a=1&amp;b=2">home</a><img src="/b.png"><a href="/glossary/x/">x</a>
            </body></html>
            """;

        var facts = PageFacts.Read(Encoding.UTF8.GetBytes(Html), new SharedStrings());

        Assert.Equal(["top", "paris"], facts.Ids);
        Assert.Equal(
            [new PageLink("/glossary/x/", "paris"), new PageLink("/a.png", "paris"), new PageLink("#paris-fn-1", "paris"), new PageLink("/?a=1&b=2", null), new PageLink("/b.png", null), new PageLink("/glossary/x/", null)],
            facts.Links);
        Assert.Equal(1, facts.ImagesWithoutAlt);
    }

    [Fact]
    public void Equal_addresses_and_ids_of_different_pages_are_one_string()
    {
        var shared = new SharedStrings();
        var first = PageFacts.Read(Encoding.UTF8.GetBytes("""<a id="top" href="/glossary/x/">x</a>"""), shared);
        var second = PageFacts.Read(Encoding.UTF8.GetBytes("""<a id="top" href="/glossary/x/">x</a>"""), shared);

        Assert.Same(first.Links[0].Address, second.Links[0].Address);
        Assert.Same(first.Ids.Single(), second.Ids.Single());
    }

    [Fact]
    public void An_article_section_is_known_by_one_of_its_classes_not_by_a_longer_one()
    {
        const string Html = """
            <section id="one" class="wide article-section dark"><a href="/a/">a</a></section>
            <section id="two" class="article-sections"><a href="/b/">b</a></section>
            """;

        var facts = PageFacts.Read(Encoding.UTF8.GetBytes(Html), new SharedStrings());

        Assert.Equal([new PageLink("/a/", "one"), new PageLink("/b/", null)], facts.Links);
    }

    [Fact]
    public void Skips_comments_scripts_and_styles_as_a_browser_does()
    {
        const string Html = """
            <!-- <a href="/in-comment/">x</a> -->
            <script type="application/ld+json">{"url": "<a href='/in-script/'>"}</script>
            <style>a[href="/in-style/"] { color: red }</style>
            <title><a href="/in-title/"></title>
            <p>1 < 2 and <a href="/real/" id="real">real</a></p>
            """;

        var facts = PageFacts.Read(Encoding.UTF8.GetBytes(Html), new SharedStrings());

        Assert.Equal([new PageLink("/real/", null)], facts.Links);
        Assert.Equal(["real"], facts.Ids);
    }

    [Fact]
    public void Rebasing_puts_the_path_in_front_of_root_relative_addresses_only()
    {
        const string Html = """<a href="/x/">a</a><a href="//cdn.example/y">b</a><a href="https://example.org/">c</a><img src="/p.png" alt=""><a href="#f">d</a>""";

        var rebased = Encoding.UTF8.GetString(RebaseLinks.Run(Encoding.UTF8.GetBytes(Html), "/news/").Span);

        Assert.Equal("""<a href="/news/x/">a</a><a href="//cdn.example/y">b</a><a href="https://example.org/">c</a><img src="/news/p.png" alt=""><a href="#f">d</a>""", rebased);
    }

    [Fact]
    public void Reads_values_with_characters_beyond_ascii_and_character_references()
    {
        const string Html = """<p id="überblick">Kyjiw — <a href="/glossary/kyjiw/#é" class="term">Київ</a><a href="/a?x=1&amp;y=é">x</a><SCRIPT>"</script>"</Script><a href="/after/">a</a></p>""";

        var facts = PageFacts.Read(Encoding.UTF8.GetBytes(Html), new SharedStrings());

        Assert.Equal(["überblick"], facts.Ids);
        Assert.Equal([new PageLink("/glossary/kyjiw/#é", null), new PageLink("/a?x=1&y=é", null), new PageLink("/after/", null)], facts.Links);
    }

    [Fact]
    public void A_link_to_an_element_the_page_has_is_settled_and_one_to_an_element_it_lacks_is_kept()
    {
        const string Html = """
            <section id="kyiv" class="article-section"><a href="#def_kyiv_minsk" aria-describedby="def_kyiv_minsk">Minsk</a>
            <a href="#missing">?</a><a href="#caf%C3%A9">café</a></section>
            <div id="def_kyiv_minsk" role="tooltip">…</div><p id="café">x</p><a href="/glossary/#def_kyiv_minsk">elsewhere</a>
            """;

        var facts = PageFacts.Read(Encoding.UTF8.GetBytes(Html), new SharedStrings());

        Assert.Equal([new PageLink("#missing", "kyiv"), new PageLink("/glossary/#def_kyiv_minsk", null)], facts.Links);
    }
}
