namespace Generator.Images;

/// <summary>
/// A photo from <c>input/assets/</c> as the build published it: each width in WebP and in the photo's own format.
/// <see cref="Width"/> and <see cref="Height"/> are those of the largest file, for the page's width and height
/// attributes (the browser reserves the space before the photo arrives).
/// </summary>
public sealed record ProcessedImage(string Src, ImageFormat Format, IReadOnlyList<ImageVariant> Variants)
{
    /// <summary>The width a phone with a dense screen or a desktop column asks for: the <c>src</c> of browsers without <c>srcset</c>.</summary>
    private const int DefaultWidth = 800;

    public int Width => Variants[^1].Width;

    public int Height => Variants[^1].Height;

    /// <summary>The files in the photo's own format (for browsers without WebP, and for sharing).</summary>
    public IReadOnlyList<ImageVariant> Fallback => Variants.Where(v => v.Format == Format).ToList();

    /// <summary>The WebP files, when the photo's own format is another one (otherwise they are the fallback).</summary>
    public IReadOnlyList<ImageVariant> Webp => Format == ImageFormat.Webp ? [] : Variants.Where(v => v.Format == ImageFormat.Webp).ToList();

    public ImageVariant DefaultFile => Fallback.FirstOrDefault(v => v.Width >= DefaultWidth) ?? Fallback[^1];

    /// <summary>The file social networks show: <see cref="ImageSettings.PreviewWidth"/> wide, or the widest there is.</summary>
    public ImageVariant PreviewFile => Fallback.FirstOrDefault(v => v.Width >= ImageSettings.PreviewWidth) ?? Fallback[^1];

    public static string Srcset(IReadOnlyList<ImageVariant> variants) =>
        string.Join(", ", variants.Select(v => $"{v.Url} {v.Width}w"));
}
