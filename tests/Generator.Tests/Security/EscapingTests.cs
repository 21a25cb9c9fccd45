using AngleSharp.Dom;
using Generator.Tests.Support;

namespace Generator.Tests.Security;

/// <summary>
/// Every value from content reaches the page escaped for its context: the usual XSS payloads fed into every field
/// inject no element, attribute or script, which is checked by parsing the output, not by searching strings.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class EscapingTests : IDisposable
{
    private static readonly string[] Payloads =
    [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "'><svg onload=alert(1)>",
        "</script><script>alert(1)</script>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "{{ site.title }} {% raw %}",
    ];

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    /// <summary>A YAML double-quoted scalar holding <paramref name="text"/> exactly.</summary>
    private static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private void WriteEverywhere(string payload)
    {
        var q = Quoted(payload);
        _site.Write("site.yml", $"title: {q}\ndescription: {q}\nlanguage: en\nbase_url: https://example.org/\npublisher:\n  name: {q}\n  url: https://example.org/\n");
        _site.Write("articles/story/index.md", $"---\ntitle: {q}\ndek: {q}\nbyline: {q}\ndate: 2022-02-14\nsource:\n  name: {q}\n  url: https://example.org/\ntags: [{q}]\n---\n");
        _site.Write("articles/story/01-first.md",
            $"---\ntitle: {q}\ndateline: {q}\npeople: [{q}]\nplaces: [{q}]\nphoto:\n  src: /assets/a.jpg\n  alt: {q}\n  caption: {q}\n  credit: {q}\n" +
            $"pullquote:\n  text: {q}\n  by: {q}\n  role: {q}\nrelated:\n  - title: {q}\n    url: https://example.org/\nnotes:\n  - quote: Normandy format\n    text: {q}\n---\n" +
            $"The Normandy format met. {payload}\n");
        _site.Write("glossary/normandy-format.md", $"---\nterm: Normandy format\naliases: [{q}]\nshort: {q}\n---\n{payload}\n");
        _site.WriteBytes("assets/a.jpg", Images.TestPhotos.Jpeg(64, 48));
    }

    [Fact]
    public void Payloads_in_every_field_inject_no_element_attribute_or_script()
    {
        foreach (var payload in Payloads)
        {
            WriteEverywhere(payload);
            _site.BuildSuccessfully();

            foreach (var file in Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories))
            {
                var page = TestSite.ParsePage(file);
                Assert.Empty(page.QuerySelectorAll("svg, [onerror], [onload], [onclick]"));
                Assert.DoesNotContain(page.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
                // The one photo, as the build publishes it: resized copies of /assets/a.jpg under /images/.
                Assert.All(page.QuerySelectorAll("img"), img => Assert.Matches("^/images/a-[0-9]+\\.[0-9a-f]+\\.jpg$", img.GetAttribute("src")!));
                foreach (var script in page.QuerySelectorAll("script"))
                {
                    // Only the theme's script file and the JSON-LD block, and the JSON parses whole.
                    if (script.GetAttribute("type") == "application/ld+json")
                    {
                        using var json = System.Text.Json.JsonDocument.Parse(script.TextContent);
                    }
                    else
                    {
                        Assert.StartsWith("/theme/", script.GetAttribute("src"));
                        Assert.Equal("", script.TextContent);
                    }
                }
            }

            var article = _site.Page("story/index.html");
            Assert.Equal(payload, article.QuerySelector("h1")!.TextContent);
            Assert.Contains(payload, article.QuerySelector(".prose")!.TextContent);
        }
    }

    [Fact]
    public void Raw_html_is_text_with_a_warning_unless_the_site_trusts_it()
    {
        _site.Write("articles/story/01-first.md", "---\ntitle: First\n---\nThe Normandy format met.\n\n<aside class=\"box\">Boxed</aside>\n");

        var result = _site.BuildSuccessfully();
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(6, warning.Location.Line);
        Assert.Contains("raw HTML is shown as text", warning.Message);
        Assert.Null(_site.Page("story/index.html").QuerySelector(".prose aside"));

        _site.Write("site.yml", TestSite.MinimalSite + "markdown:\n  raw_html: true\n");
        var trusted = _site.BuildSuccessfully();
        Assert.Empty(trusted.Diagnostics);
        Assert.Equal("Boxed", _site.Page("story/index.html").QuerySelector(".prose aside.box")!.TextContent);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("data:image/svg+xml;base64,PHN2Zz4=")]
    [InlineData("../../../etc/passwd")]
    [InlineData("file:///etc/passwd")]
    public void Unsafe_photo_addresses_are_errors(string src)
    {
        _site.Write("articles/story/01-first.md", $"---\ntitle: First\nphoto:\n  src: {Quoted(src)}\n  alt: A photo\n---\nThe Normandy format met.\n");

        var error = TestSite.SingleError(_site.Build());

        Assert.Equal(4, error.Location.Line);
    }

    [Fact]
    public void Inline_raster_image_is_allowed_as_a_photo()
    {
        _site.Write("articles/story/01-first.md", "---\ntitle: First\nphoto:\n  src: \"data:image/png;base64,iVBORw0KGgo=\"\n  alt: A pixel\n---\nThe Normandy format met.\n");

        _site.BuildSuccessfully();

        Assert.StartsWith("data:image/png", _site.Page("story/index.html").QuerySelector("figure img")!.GetAttribute("src"));
    }
}
