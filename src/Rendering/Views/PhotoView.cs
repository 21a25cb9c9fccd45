namespace Generator.Rendering.Views;

/// <summary>
/// A section's photo. When the build processed it (a photo from <c>input/assets/</c>), <see cref="Src"/> is its
/// default file and the rest describe the others: <see cref="Srcset"/> in its own format (<see cref="Type"/>),
/// <see cref="WebpSrcset"/> in WebP (empty when its own format is WebP), and the size that reserves its space. A photo
/// on another site has only <see cref="Src"/>. <see cref="IsFirst"/>: the first photo of the article, which loads at
/// once with high priority; the others wait until they are near the screen.
/// </summary>
public sealed record PhotoView(string? Src, string? Alt, string? Caption, string? Credit)
{
    public int? Width { get; init; }

    public int? Height { get; init; }

    public string? Srcset { get; init; }

    public string? WebpSrcset { get; init; }

    public string? Type { get; init; }

    public bool IsFirst { get; init; }
}
