using Generator.Tests.Support;

namespace Generator.Tests.EndToEnd;

/// <summary>Old addresses keep working: Netlify's _redirects and a forwarding page at each old path.</summary>
[Trait("Category", "EndToEnd")]
public sealed class RedirectTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Old_paths_of_articles_and_sections_get_redirect_rules_and_forwarding_pages()
    {
        _site.Write("articles/story/index.md", "---\ntitle: A test story\ndate: 2022-02-14\nredirect_from: [/2022/02/old-story/]\n---\n");
        _site.Write("articles/story/01-first.md", "---\ntitle: First\nredirect_from:\n  - /first.html\n---\nThe Normandy format met.\n");

        _site.BuildSuccessfully();

        var rules = File.ReadAllText(Path.Combine(_site.Output, "_redirects"));
        Assert.Contains("/2022/02/old-story/  /story/  301", rules);
        Assert.Contains("/first.html  /story/#first  301", rules);
        var forwarding = _site.Page("2022/02/old-story/index.html");
        Assert.Equal("0; url=/story/", forwarding.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Equal("/story/#first", _site.Page("first.html").QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Hand_written_rules_come_first()
    {
        _site.Write("_redirects", "/feeds/*  /feed.xml  301\n");
        _site.Write("articles/story/index.md", "---\ntitle: A test story\ndate: 2022-02-14\nredirect_from: [/old/]\n---\n");

        _site.BuildSuccessfully();

        Assert.Equal("/feeds/*  /feed.xml  301\n/old/  /story/  301\n", File.ReadAllText(Path.Combine(_site.Output, "_redirects")));
    }

    [Fact]
    public void Redirects_follow_the_base_path()
    {
        _site.Write("articles/story/index.md", "---\ntitle: A test story\ndate: 2022-02-14\nredirect_from: [/old/]\n---\n");

        _site.BuildSuccessfully(baseUrl: "https://example.org/news/");

        Assert.Contains("/news/old/  /news/story/  301", File.ReadAllText(Path.Combine(_site.Output, "_redirects")));
        Assert.Equal("/news/story/", _site.Page("old/index.html").QuerySelector("a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/a/../../../etc/")]
    [InlineData("https://example.org/old/")]
    [InlineData("/old/?page=2")]
    public void Redirect_paths_that_leave_the_site_are_errors(string path)
    {
        _site.Write("articles/story/index.md", $"---\ntitle: A test story\ndate: 2022-02-14\nredirect_from: [\"{path}\"]\n---\n");

        var error = TestSite.SingleError(_site.Build());

        Assert.Equal(4, error.Location.Line);
        Assert.Contains("is not a path of this site", error.Message);
    }

    [Fact]
    public void Redirect_from_an_existing_page_is_an_error()
    {
        _site.Write("articles/story/index.md", "---\ntitle: A test story\ndate: 2022-02-14\nredirect_from: [/glossary/]\n---\n");

        var error = TestSite.SingleError(_site.Build());

        Assert.Contains("is the address of a page of the site", error.Message);
    }
}
