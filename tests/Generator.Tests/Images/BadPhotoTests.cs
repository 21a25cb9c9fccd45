using Generator.Images;
using Generator.Tests.Support;

namespace Generator.Tests.Images;

/// <summary>A photo that cannot be processed is an error at its src line, never a crash, and nothing is written.</summary>
[Trait("Category", "EndToEnd")]
public sealed class BadPhotoTests : IDisposable
{
    private const string Section = "---\ntitle: First section\nphoto:\n  src: /assets/photo.{0}\n  alt: A street\n---\nThe talks in the Normandy format resumed.\n";

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private void AssertRefused(string extension, byte[] bytes, string message)
    {
        _site.WriteBytes($"assets/photo.{extension}", bytes).Write("articles/story/01-first.md", string.Format(System.Globalization.CultureInfo.InvariantCulture, Section, extension));

        var error = TestSite.SingleError(_site.Build());

        Assert.EndsWith("input/articles/story/01-first.md", error.Location.File, StringComparison.Ordinal);
        Assert.Equal(4, error.Location.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void A_truncated_jpeg_is_refused_as_damaged() =>
        AssertRefused("jpg", TestPhotos.Jpeg(800, 600)[..4000], "the photo is damaged: the file is cut short");

    [Fact]
    public void A_png_with_corrupt_pixel_data_is_refused_as_damaged()
    {
        var png = TestPhotos.Png(400, 300);
        // Scramble the compressed pixels (IDAT starts after the 33-byte signature and header).
        for (var index = 60; index < png.Length - 20; index += 7)
        {
            png[index] ^= 0x5A;
        }

        AssertRefused("png", png, "the photo is damaged");
    }

    [Fact]
    public void A_text_file_named_jpg_is_refused_as_not_an_image() =>
        AssertRefused("jpg", "<html><body>Not found</body></html>"u8.ToArray(), "the photo cannot be read: it is not a JPEG, PNG or WebP image");

    [Fact]
    public void An_empty_file_is_refused() =>
        AssertRefused("jpg", [], "the photo cannot be read: the file is empty");

    [Fact]
    public void A_decompression_bomb_is_refused_from_its_header() =>
        AssertRefused("png", TestPhotos.PngDeclaring(30_000, 30_000), "the photo is 30000 x 30000 pixels, past the limit of 50,000,000 pixels");

    [Fact]
    public void A_gif_is_refused_as_an_unsupported_format() =>
        AssertRefused("gif", TestPhotos.Gif(), "the photo is in GIF format, which is not processed");

    [Fact]
    public void The_header_reader_gives_format_and_size_without_decoding()
    {
        var header = ImageHeader.Read(TestPhotos.PngDeclaring(7000, 7000), out var problem);

        Assert.Null(problem);
        Assert.Equal((ImageFormat.Png, 7000, 7000), (header!.Format, header.Width, header.Height));
    }
}
