namespace Generator.Images;

/// <summary>
/// How photos are processed: the widths they are resized to (site.yml <c>images: {widths}</c>) and the encoders'
/// settings, fixed here so that the same photo always gives the same bytes (they are part of every cache key).
/// </summary>
public sealed record ImageSettings(IReadOnlyList<int> Widths)
{
    public static readonly IReadOnlyList<int> DefaultWidths = [480, 800, 1200, 1600];

    public static readonly ImageSettings Default = new(DefaultWidths);

    /// <summary>The smallest and largest width site.yml may ask for.</summary>
    public const int MinimumWidth = 16;

    public const int MaximumWidth = 4096;

    /// <summary>
    /// The decompression-bomb limit: a photo whose header declares more pixels than this (e.g. 10,000 x 5,000) is
    /// refused before a single pixel is decoded. Decoding one takes 4 bytes a pixel: 200 MB at the limit.
    /// </summary>
    public const long MaximumPixels = 50_000_000;

    /// <summary>Social previews are this wide (1200 x 630 for a drawn card); every photo is made at this width too, when it is that wide.</summary>
    public const int PreviewWidth = 1200;

    public const int WebpQuality = 80;

    public const int JpegQuality = 82;

    /// <summary>Everything above that decides an encoded file's bytes, for the cache key.</summary>
    public static string EncoderKey =>
        $"webp lossy q{WebpQuality}; jpeg q{JpegQuality} 4:2:0; png default; resample linear+mipmap; skia {SkiaSharp.SkiaSharpVersion.Native}";

    /// <summary>The widths made of a photo <paramref name="originalWidth"/> wide: never wider than it, always one at most that wide.</summary>
    public IReadOnlyList<int> WidthsFor(int originalWidth)
    {
        var wanted = Widths.Append(PreviewWidth).Distinct().Order().ToList();
        var widths = wanted.Where(width => width < originalWidth).ToList();
        var largest = Math.Min(originalWidth, wanted[^1]);
        if (widths.Count == 0 || widths[^1] != largest)
        {
            widths.Add(largest);
        }

        return widths;
    }
}
