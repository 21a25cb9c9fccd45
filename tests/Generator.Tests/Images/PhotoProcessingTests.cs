using Generator.Diagnostics;
using Generator.Incremental;
using Generator.Pipeline;
using Generator.Tests.Support;
using SkiaSharp;

namespace Generator.Tests.Images;

/// <summary>A section's photo from input/assets/ is published resized, in WebP and its own format, sized and hashed.</summary>
[Trait("Category", "EndToEnd")]
public sealed class PhotoProcessingTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private static string SectionWithPhoto(string src, string title = "First section") =>
        $"---\ntitle: {title}\nphoto:\n  src: {src}\n  alt: Hills under a low sun\n  caption: The hills at dusk.\n---\nThe talks in the Normandy format resumed.\n";

    private string[] ImageFiles() =>
        Directory.Exists(Path.Combine(_site.Output, "images"))
            ? [.. Directory.EnumerateFiles(Path.Combine(_site.Output, "images")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!]
            : [];

    [Fact]
    public void A_large_png_is_published_at_each_width_in_webp_and_png_with_its_size_on_the_page()
    {
        _site.WriteBytes("assets/hills.png", TestPhotos.Png(2400, 1600))
            .Write("articles/story/01-first.md", SectionWithPhoto("/assets/hills.png"));

        _site.BuildSuccessfully();

        var files = ImageFiles().Where(f => f.StartsWith("hills-", StringComparison.Ordinal)).ToList();
        Assert.Equal(8, files.Count);
        foreach (var width in new[] { 480, 800, 1200, 1600 })
        {
            Assert.Single(files, f => f.StartsWith($"hills-{width}.", StringComparison.Ordinal) && f.EndsWith(".webp", StringComparison.Ordinal));
            var png = Assert.Single(files, f => f.StartsWith($"hills-{width}.", StringComparison.Ordinal) && f.EndsWith(".png", StringComparison.Ordinal));
            using var codec = SKCodec.Create(Path.Combine(_site.Output, "images", png));
            Assert.Equal(width, codec.Info.Width);
            Assert.Equal((int)Math.Round(width * 2 / 3.0, MidpointRounding.AwayFromZero), codec.Info.Height);
        }

        var page = _site.Page("story/index.html");
        var picture = page.QuerySelector("figure.photo picture")!;
        var source = picture.QuerySelector("source")!;
        Assert.Equal("image/webp", source.GetAttribute("type"));
        Assert.Matches(@"^/images/hills-480\.[0-9a-f]{12}\.webp 480w, /images/hills-800\.[0-9a-f]{12}\.webp 800w, /images/hills-1200\.[0-9a-f]{12}\.webp 1200w, /images/hills-1600\.[0-9a-f]{12}\.webp 1600w$", source.GetAttribute("srcset"));
        var img = picture.QuerySelector("img")!;
        Assert.Matches(@"^/images/hills-800\.[0-9a-f]{12}\.png$", img.GetAttribute("src"));
        Assert.Contains("1600w", img.GetAttribute("srcset"), StringComparison.Ordinal);
        Assert.Equal("1600", img.GetAttribute("width"));
        Assert.Equal("1067", img.GetAttribute("height"));
        Assert.NotNull(img.GetAttribute("sizes"));
        Assert.Equal("Hills under a low sun", img.GetAttribute("alt"));
    }

    [Fact]
    public void A_photo_narrower_than_the_widths_is_never_upscaled()
    {
        _site.WriteBytes("assets/small.jpg", TestPhotos.Jpeg(640, 480))
            .Write("articles/story/01-first.md", SectionWithPhoto("/assets/small.jpg"));

        _site.BuildSuccessfully();

        Assert.Equal(["small-480", "small-480", "small-640", "small-640"], ImageFiles().Where(f => f.StartsWith("small", StringComparison.Ordinal)).Select(f => f.Split('.')[0]));
        var img = _site.Page("story/index.html").QuerySelector("figure.photo img")!;
        Assert.Equal("640", img.GetAttribute("width"));
        Assert.Equal("480", img.GetAttribute("height"));
        Assert.EndsWith(".jpg", img.GetAttribute("src"), StringComparison.Ordinal);
    }

    [Fact]
    public void Site_yml_sets_the_widths()
    {
        _site.Write("site.yml", TestSite.MinimalSite + "images:\n  widths: [300, 600]\n")
            .WriteBytes("assets/hills.webp", TestPhotos.Webp(1000, 500))
            .Write("articles/story/01-first.md", SectionWithPhoto("/assets/hills.webp"));

        _site.BuildSuccessfully();

        // WebP is its own fallback; the preview width (1200) is past the photo, so its own width is the widest.
        Assert.Equal(["hills-1000", "hills-300", "hills-600"], ImageFiles().Where(f => f.StartsWith("hills", StringComparison.Ordinal)).Select(f => f.Split('.')[0]));
        var picture = _site.Page("story/index.html").QuerySelector("figure.photo picture")!;
        Assert.Null(picture.QuerySelector("source"));
    }

    [Fact]
    public void The_first_photo_loads_at_once_and_the_others_lazily()
    {
        _site.WriteBytes("assets/one.jpg", TestPhotos.Jpeg(900, 600, seed: 1))
            .WriteBytes("assets/two.jpg", TestPhotos.Jpeg(900, 600, seed: 2))
            .Write("articles/story/01-first.md", SectionWithPhoto("/assets/one.jpg"))
            .Write("articles/story/02-second.md", SectionWithPhoto("/assets/two.jpg", "Second section"));

        _site.BuildSuccessfully();

        var images = _site.Page("story/index.html").QuerySelectorAll("figure.photo img");
        Assert.Equal("high", images[0].GetAttribute("fetchpriority"));
        Assert.Null(images[0].GetAttribute("loading"));
        Assert.Equal("lazy", images[1].GetAttribute("loading"));
        Assert.Null(images[1].GetAttribute("fetchpriority"));
    }

    [Fact]
    public void A_remote_photo_is_left_as_it_is_with_a_warning_at_its_src()
    {
        _site.Write("articles/story/01-first.md", SectionWithPhoto("https://example.org/hills.jpg"));

        var result = _site.BuildSuccessfully();

        var warning = Assert.Single(result.Diagnostics, d => d.Message.Contains("cannot be resized", StringComparison.Ordinal));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(4, warning.Location.Line);
        Assert.Equal("https://example.org/hills.jpg", _site.Page("story/index.html").QuerySelector("figure.photo img")!.GetAttribute("src"));
    }

    [Fact]
    public void A_photo_with_exif_orientation_is_published_upright()
    {
        // A JPEG whose pixels are 300 wide and 200 high, and whose EXIF says "rotate 90° clockwise to view".
        var jpeg = TestPhotos.Jpeg(300, 200);
        byte[] exif = [0xFF, 0xE1, 0x00, 0x22, .. "Exif\0\0"u8, .. "MM\0*"u8, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0];
        _site.WriteBytes("assets/turned.jpg", [.. jpeg[..2], .. exif, .. jpeg[2..]])
            .Write("articles/story/01-first.md", SectionWithPhoto("/assets/turned.jpg"));

        _site.BuildSuccessfully();

        var img = _site.Page("story/index.html").QuerySelector("figure.photo img")!;
        Assert.Equal("200", img.GetAttribute("width"));
        Assert.Equal("300", img.GetAttribute("height"));
    }

    [Fact]
    public void Two_builds_write_byte_identical_images()
    {
        _site.WriteBytes("assets/hills.jpg", TestPhotos.Jpeg(1700, 1000))
            .Write("articles/story/01-first.md", SectionWithPhoto("/assets/hills.jpg"));
        _site.BuildSuccessfully();
        var first = FolderSnapshot.Take(Path.Combine(_site.Output, "images")).ToDictionary(kv => kv.Key, kv => kv.Value.Split('@')[0]);
        Directory.Delete(_site.Output, recursive: true);

        _site.BuildSuccessfully();

        Assert.Equal(first, FolderSnapshot.Take(Path.Combine(_site.Output, "images")).ToDictionary(kv => kv.Key, kv => kv.Value.Split('@')[0]));
    }

    [Fact]
    public void A_rebuild_takes_unchanged_photos_from_the_cache_and_encodes_only_the_changed_one()
    {
        _site.WriteBytes("assets/one.jpg", TestPhotos.Jpeg(1000, 600, seed: 1))
            .WriteBytes("assets/two.jpg", TestPhotos.Jpeg(1000, 600, seed: 2))
            .Write("articles/story/01-first.md", SectionWithPhoto("/assets/one.jpg"))
            .Write("articles/story/02-second.md", SectionWithPhoto("/assets/two.jpg", "Second section"));
        BuildWithCache();
        var cacheFolder = Path.Combine(BuildCache.FolderFor(_site.Output), "images");
        var entries = Directory.GetDirectories(cacheFolder).ToDictionary(path => Path.GetFileName(path), Directory.GetLastWriteTimeUtc);
        Assert.Equal(3, entries.Count); // two photos and the site's card (the article has a photo, so no card of its own)

        Thread.Sleep(20);
        _site.WriteBytes("assets/two.jpg", TestPhotos.Jpeg(1000, 600, seed: 3));
        BuildWithCache();

        var after = Directory.GetDirectories(cacheFolder).ToDictionary(path => Path.GetFileName(path), Directory.GetLastWriteTimeUtc);
        Assert.Equal(2, after.Keys.Intersect(entries.Keys).Count());
        Assert.All(after.Keys.Intersect(entries.Keys), key => Assert.Equal(entries[key], after[key]));
        Assert.Single(after.Keys.Except(entries.Keys));
    }

    [Fact]
    public void A_published_image_is_the_image_caches_file_so_a_rebuild_knows_it_unread()
    {
        _site.WriteBytes("assets/one.jpg", TestPhotos.Jpeg(1000, 600, seed: 1))
            .Write("articles/story/01-first.md", SectionWithPhoto("/assets/one.jpg"));
        BuildWithCache();
        _site.Write("articles/story/01-first.md", SectionWithPhoto("/assets/one.jpg") + "\nOne more sentence.\n");

        var result = BuildPipeline.Run(new BuildOptions(_site.Input, _site.Output, RepositoryPaths.Theme, Cache: new BuildCache(BuildCache.FolderFor(_site.Output))));

        Assert.True(result.Succeeded);
        var cached = Directory.EnumerateFiles(Path.Combine(BuildCache.FolderFor(_site.Output), "images"), "*", SearchOption.AllDirectories)
            .Where(path => Path.GetFileName(path) != "manifest.txt").ToList();
        Assert.NotEmpty(ImageFiles());
        Assert.All(ImageFiles(), name => Assert.Contains(cached, path => Generator.Publishing.FileIdentity.Same(path, Path.Combine(_site.Output, "images", name))));
    }

    private void BuildWithCache()
    {
        var result = BuildPipeline.Run(new BuildOptions(_site.Input, _site.Output, RepositoryPaths.Theme, Cache: new BuildCache(BuildCache.FolderFor(_site.Output))));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => $"{d.Location}: {d.Message}")));
    }
}
