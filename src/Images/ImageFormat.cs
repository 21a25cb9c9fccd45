namespace Generator.Images;

/// <summary>The formats photos are processed from; each is also written back in its own format beside the WebP.</summary>
public enum ImageFormat
{
    Jpeg,
    Png,
    Webp,
}
