using SkiaSharp;

namespace Generator.Tests.Images;

/// <summary>
/// Photos drawn for the tests with SkiaSharp: a gradient sky, a sun and hills, different for each seed. With
/// <c>grain</c>, each pixel is lightened or darkened by up to that much, so the photo compresses like a photograph
/// rather than a flat graphic.
/// </summary>
public static class TestPhotos
{
    public static byte[] Png(int width, int height, int seed = 0, int grain = 0) => Draw(width, height, seed, grain, SKEncodedImageFormat.Png);

    public static byte[] Jpeg(int width, int height, int seed = 0, int grain = 0) => Draw(width, height, seed, grain, SKEncodedImageFormat.Jpeg);

    public static byte[] Webp(int width, int height, int seed = 0) => Draw(width, height, seed, 0, SKEncodedImageFormat.Webp);

    /// <summary>A one-pixel GIF, written out: SkiaSharp reads GIF but does not write it.</summary>
    public static byte[] Gif() =>
    [
        .. "GIF89a"u8, 1, 0, 1, 0, 0x80, 0, 0, 0xFF, 0xFF, 0xFF, 0, 0, 0,
        0x21, 0xF9, 4, 1, 0, 0, 0, 0, 0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0, 0x3B,
    ];

    /// <summary>A PNG whose header declares <paramref name="width"/> x <paramref name="height"/> but which holds almost no data: a decompression bomb.</summary>
    public static byte[] PngDeclaring(int width, int height)
    {
        var png = Png(64, 64);
        // IHDR's width and height are the 4-byte big-endian numbers at offsets 16 and 20; its CRC follows the data.
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), height);
        var crc = System.IO.Hashing.Crc32.HashToUInt32(png.AsSpan(12, 17));
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), crc);
        return png;
    }

    private static byte[] Draw(int width, int height, int seed, int grain, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using var canvas = new SKCanvas(bitmap);
        var hue = seed * 47 % 360;
        using var sky = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, height),
                [SKColor.FromHsl(hue, 60, 75), SKColor.FromHsl((hue + 40) % 360, 50, 45)], SKShaderTileMode.Clamp),
        };
        canvas.DrawRect(0, 0, width, height, sky);
        using var sun = new SKPaint { Color = SKColor.FromHsl((hue + 180) % 360, 70, 60), IsAntialias = true };
        canvas.DrawCircle(width * (0.2f + (seed % 5 * 0.15f)), height * 0.3f, height * 0.12f, sun);
        using var hills = new SKPaint { Color = SKColor.FromHsl((hue + 90) % 360, 35, 30), IsAntialias = true };
        // Hills as a row of overlapping circles: no paths needed.
        for (var index = 0; index < 5; index++)
        {
            canvas.DrawCircle(width * (index / 4f), height * (1.05f + (index % 2 * 0.1f)), width * 0.3f, hills);
        }

        canvas.Flush();
        if (grain > 0)
        {
            var random = new Random(seed);
            var pixels = bitmap.GetPixelSpan();
            for (var offset = 0; offset < pixels.Length; offset += 4)
            {
                var shift = random.Next(-grain, grain + 1);
                for (var channel = 0; channel < 3; channel++)
                {
                    pixels[offset + channel] = (byte)Math.Clamp(pixels[offset + channel] + shift, 0, 255);
                }
            }
        }

        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }
}
