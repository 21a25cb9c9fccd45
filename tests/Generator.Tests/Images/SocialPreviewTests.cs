using System.Text.Json;
using Generator.Images;
using Generator.Tests.Support;
using SkiaSharp;

namespace Generator.Tests.Images;

/// <summary>Every page a link can be shared to carries a large preview image: the article's first photo, or a drawn card.</summary>
[Trait("Category", "EndToEnd")]
public sealed class SocialPreviewTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private static string Meta(AngleSharp.Dom.IDocument page, string name) =>
        (page.QuerySelector($"meta[property='{name}']") ?? page.QuerySelector($"meta[name='{name}']"))?.GetAttribute("content")
        ?? throw new Xunit.Sdk.XunitException($"the page has no {name}");

    private static JsonElement StructuredImage(AngleSharp.Dom.IDocument page) =>
        JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement.GetProperty("image");

    [Fact]
    public void An_article_with_a_photo_is_shared_with_its_first_photo_1200_pixels_wide()
    {
        _site.WriteBytes("assets/hills.jpg", TestPhotos.Jpeg(2000, 1000))
            .Write("articles/story/01-first.md", "---\ntitle: First section\nphoto:\n  src: /assets/hills.jpg\n  alt: Hills under a low sun\n---\nThe talks in the Normandy format resumed.\n");

        _site.BuildSuccessfully();

        var page = _site.Page("story/index.html");
        Assert.Matches(@"^https://example\.org/images/hills-1200\.[0-9a-f]{12}\.jpg$", Meta(page, "og:image"));
        Assert.Equal("1200", Meta(page, "og:image:width"));
        Assert.Equal("600", Meta(page, "og:image:height"));
        Assert.Equal("Hills under a low sun", Meta(page, "og:image:alt"));
        Assert.Equal("image/jpeg", Meta(page, "og:image:type"));
        Assert.Equal("summary_large_image", Meta(page, "twitter:card"));
        Assert.Equal(Meta(page, "og:image"), Meta(page, "twitter:image"));
        var image = StructuredImage(page);
        Assert.Equal(Meta(page, "og:image"), image.GetProperty("url").GetString());
        Assert.Equal(1200, image.GetProperty("width").GetInt32());
        Assert.True(File.Exists(Path.Combine(_site.Output, new Uri(Meta(page, "og:image")).AbsolutePath.TrimStart('/'))));
    }

    [Fact]
    public void An_article_without_a_photo_is_shared_with_a_card_drawn_for_it()
    {
        _site.BuildSuccessfully();

        var page = _site.Page("story/index.html");
        var url = Meta(page, "og:image");
        Assert.Matches(@"^https://example\.org/images/card-story\.[0-9a-f]{12}\.png$", url);
        Assert.Equal(("1200", "630"), (Meta(page, "og:image:width"), Meta(page, "og:image:height")));
        Assert.Equal("A test story — Test Desk", Meta(page, "og:image:alt"));
        Assert.Equal("summary_large_image", Meta(page, "twitter:card"));
        Assert.Equal(url, StructuredImage(page).GetProperty("url").GetString());
        using var card = SKBitmap.Decode(Path.Combine(_site.Output, new Uri(url).AbsolutePath.TrimStart('/')));
        Assert.Equal((1200, 630), (card.Width, card.Height));
        // The theme's background (card.yml) fills the card's corner.
        Assert.Equal(new SKColor(0x1c, 0x1b, 0x19), card.GetPixel(1199, 0));
    }

    [Fact]
    public void The_front_page_the_glossary_and_term_pages_share_the_site_card()
    {
        _site.BuildSuccessfully();

        var home = Meta(_site.Page("index.html"), "og:image");
        Assert.Matches(@"^https://example\.org/images/card-site\.[0-9a-f]{12}\.png$", home);
        Assert.Equal(home, Meta(_site.Page("glossary/index.html"), "og:image"));
        Assert.Equal(home, Meta(_site.Page("glossary/normandy-format/index.html"), "og:image"));
        Assert.Equal("summary_large_image", Meta(_site.Page("glossary/normandy-format/index.html"), "twitter:card"));
    }

    [Fact]
    public void A_site_without_a_base_url_gets_no_preview_tags_it_could_not_make_absolute()
    {
        _site.Write("site.yml", "title: Test Desk\nlanguage: en\n");

        _site.Build();

        var page = _site.Page("story/index.html");
        Assert.Null(page.QuerySelector("meta[property='og:image']"));
        Assert.Equal("summary", Meta(page, "twitter:card"));
    }

    [Fact]
    public void Cards_are_byte_identical_from_build_to_build()
    {
        _site.BuildSuccessfully();
        var first = File.ReadAllBytes(Directory.GetFiles(Path.Combine(_site.Output, "images"), "card-story.*")[0]);
        Directory.Delete(_site.Output, recursive: true);

        _site.BuildSuccessfully();

        Assert.Equal(first, File.ReadAllBytes(Directory.GetFiles(Path.Combine(_site.Output, "images"), "card-story.*")[0]));
    }

    [Fact]
    public void A_headline_too_long_for_the_card_is_wrapped_into_four_lines_the_last_ending_in_an_ellipsis()
    {
        using var face = SKTypeface.FromFile(Path.Combine(RepositoryPaths.Theme, "fonts", "NotoSans-Bold.ttf"));
        var headline = string.Join(' ', Enumerable.Repeat("Negotiators from both capitals met again", 8));

        var (lines, font) = SocialCard.LayOut(headline, face);
        using (font)
        {
            Assert.Equal(4, lines.Count);
            Assert.EndsWith("…", lines[^1], StringComparison.Ordinal);
            Assert.All(lines, line => Assert.True(font.MeasureText(line) <= SocialCard.Width - 160, line));
        }
    }

    [Fact]
    public void A_short_headline_keeps_the_largest_size_and_no_ellipsis()
    {
        using var face = SKTypeface.FromFile(Path.Combine(RepositoryPaths.Theme, "fonts", "NotoSans-Bold.ttf"));

        var (lines, font) = SocialCard.LayOut("Talks resume", face);
        using (font)
        {
            Assert.Equal(["Talks resume"], lines);
            Assert.Equal(72, font.Size);
        }
    }

    [Fact]
    public void The_card_fonts_draw_latin_and_cyrillic_headlines()
    {
        foreach (var file in new[] { "NotoSans-Bold.ttf", "NotoSans-Regular.ttf" })
        {
            using var face = SKTypeface.FromFile(Path.Combine(RepositoryPaths.Theme, "fonts", file));
            using var font = new SKFont(face, 40);
            Assert.True(font.ContainsGlyphs("Переговоры в нормандском формате возобновились: Зеленский и Шольц"), file);
            Assert.True(font.ContainsGlyphs("Négociations à Kyiv — “the Normandy format” résumé…"), file);
        }
    }

    [Fact]
    public void An_article_with_a_cyrillic_headline_gets_a_card_with_its_headline_drawn()
    {
        _site.Write("articles/story/index.md", "---\ntitle: Переговоры в нормандском формате возобновились\ndate: 2022-02-14\n---\n");

        _site.BuildSuccessfully();

        using var card = SKBitmap.Decode(Directory.GetFiles(Path.Combine(_site.Output, "images"), "card-story.*").Single());
        Assert.True(Ink(card) > 5_000, "the headline's area is nearly empty");
    }

    /// <summary>How many pixels of the headline's area are lit.</summary>
    private static int Ink(SKBitmap card)
    {
        var lit = 0;
        for (var y = 180; y < 500; y += 2)
        {
            for (var x = 80; x < 1120; x += 2)
            {
                lit += card.GetPixel(x, y).Red > 128 ? 1 : 0;
            }
        }

        return lit;
    }
}
