namespace Generator.Images;

/// <summary>One file made of a photo: its size, its format and where it is published (relative to the site's root).</summary>
public sealed record ImageVariant(int Width, int Height, ImageFormat Format, string OutputPath)
{
    public string MimeType => MimeTypeOf(Format);

    public string Url => "/" + OutputPath;

    public static string MimeTypeOf(ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "image/jpeg",
        ImageFormat.Png => "image/png",
        _ => "image/webp",
    };

    public static string ExtensionOf(ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "jpg",
        ImageFormat.Png => "png",
        _ => "webp",
    };
}
