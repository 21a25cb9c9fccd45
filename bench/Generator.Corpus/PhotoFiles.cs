using System.Globalization;
using SkiaSharp;

namespace Generator.Corpus;

/// <summary>
/// A few small SVG images under <c>assets/photos/</c>, which sections with a photo show; with <c>--photos N</c>, also N
/// JPEG photos the build resizes (<see cref="WriteRaster"/>).
/// </summary>
public static class PhotoFiles
{
    public const int Count = 6;

    public static string Url(int index) => string.Create(CultureInfo.InvariantCulture, $"/assets/photos/photo-{index + 1}.svg");

    public static void Write(string inputFolder)
    {
        var folder = Path.Combine(inputFolder, "assets", "photos");
        Directory.CreateDirectory(folder);
        for (var index = 0; index < Count; index++)
        {
            var hue = index * 360 / Count;
            File.WriteAllText(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"photo-{index + 1}.svg")), string.Create(CultureInfo.InvariantCulture,
                $"""
                <svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" viewBox="0 0 1200 800">
                  <rect width="1200" height="800" fill="hsl({hue} 40% 70%)"/>
                  <circle cx="{300 + (index * 120)}" cy="300" r="160" fill="hsl({(hue + 180) % 360} 50% 45%)"/>
                  <rect y="560" width="1200" height="240" fill="hsl({hue} 30% 35%)"/>
                </svg>

                """));
        }
    }

    public const int RasterWidth = 2000;
    public const int RasterHeight = 1333;

    public static string RasterUrl(int index) => string.Create(CultureInfo.InvariantCulture, $"/assets/photos/raster-{index + 1}.jpg");

    /// <summary>
    /// <paramref name="count"/> JPEG photos: a sky gradient, a sun and hills, in colours that differ from photo to
    /// photo, with fine noise so they compress like photographs rather than flat graphics.
    /// </summary>
    public static void WriteRaster(string inputFolder, int count)
    {
        var folder = Path.Combine(inputFolder, "assets", "photos");
        Directory.CreateDirectory(folder);
        Parallel.For(0, count, index =>
        {
            using var bitmap = new SKBitmap(new SKImageInfo(RasterWidth, RasterHeight, SKColorType.Rgba8888, SKAlphaType.Opaque));
            using (var canvas = new SKCanvas(bitmap))
            {
                var hue = index * 37 % 360;
                using var sky = new SKPaint
                {
                    Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, RasterHeight),
                        [SKColor.FromHsl(hue, 55, 78), SKColor.FromHsl((hue + 30) % 360, 45, 48)], SKShaderTileMode.Clamp),
                };
                canvas.DrawRect(0, 0, RasterWidth, RasterHeight, sky);
                using var sun = new SKPaint { Color = SKColor.FromHsl((hue + 180) % 360, 70, 62), IsAntialias = true };
                canvas.DrawCircle(300 + (index % 7 * 200), 380, 150, sun);
                using var hills = new SKPaint { Color = SKColor.FromHsl((hue + 90) % 360, 35, 28), IsAntialias = true };
                for (var hill = 0; hill < 5; hill++)
                {
                    canvas.DrawCircle(RasterWidth * hill / 4f, RasterHeight * (1.1f + (hill % 2 * 0.1f)), 650, hills);
                }
            }

            var random = new Random(index);
            var pixels = bitmap.GetPixelSpan();
            for (var offset = 0; offset < pixels.Length; offset += 4)
            {
                var grain = random.Next(-12, 13);
                for (var channel = 0; channel < 3; channel++)
                {
                    pixels[offset + channel] = (byte)Math.Clamp(pixels[offset + channel] + grain, 0, 255);
                }
            }

            using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 88);
            File.WriteAllBytes(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"raster-{index + 1}.jpg")), data.ToArray());
        });
    }
}
