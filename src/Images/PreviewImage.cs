namespace Generator.Images;

/// <summary>
/// The picture a shared link shows (Open Graph, Twitter, JSON-LD): an article's first photo, or a drawn card.
/// <see cref="Url"/> is root-relative; pages make it absolute with the site's base address.
/// </summary>
public sealed record PreviewImage(string Url, int Width, int Height, string Alt, string MimeType);
