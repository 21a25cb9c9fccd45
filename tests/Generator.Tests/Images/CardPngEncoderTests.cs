using System.Buffers.Binary;
using Generator.Images;
using SkiaSharp;

namespace Generator.Tests.Images;

[Trait("Category", "Unit")]
public sealed class CardPngEncoderTests
{
    /// <summary>Opaque pixels of every kind; a width that is not a multiple of four reaches the end of a row one pixel at a time.</summary>
    private static SKBitmap Pixels(int width, int height)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var random = new Random(7);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                bitmap.SetPixel(x, y, new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)));
            }
        }

        return bitmap;
    }

    [Fact]
    public void The_png_decodes_to_exactly_the_pixels_drawn()
    {
        using var drawn = Pixels(37, 11);

        using var decoded = SKBitmap.Decode(CardPngEncoder.Encode(drawn));

        Assert.Equal((37, 11), (decoded.Width, decoded.Height));
        for (var y = 0; y < drawn.Height; y++)
        {
            for (var x = 0; x < drawn.Width; x++)
            {
                Assert.Equal(drawn.GetPixel(x, y), decoded.GetPixel(x, y));
            }
        }
    }

    [Fact]
    public void The_png_is_8_bit_rgb_without_alpha_and_declares_its_colours_srgb()
    {
        using var drawn = Pixels(8, 8);

        var png = CardPngEncoder.Encode(drawn);

        Assert.Equal("IHDR"u8.ToArray(), png[12..16]);
        Assert.Equal((8, 8), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
        Assert.Equal(8, png[24]);
        Assert.Equal(2, png[25]);
        Assert.Equal("sRGB"u8.ToArray(), png[37..41]);
        Assert.Equal("IEND"u8.ToArray(), png[^8..^4]);
    }

    [Fact]
    public void A_bitmap_that_may_be_transparent_is_refused()
    {
        using var transparent = new SKBitmap(new SKImageInfo(4, 4, SKColorType.Rgba8888, SKAlphaType.Premul));

        Assert.Throws<ArgumentException>(() => CardPngEncoder.Encode(transparent));
    }
}
