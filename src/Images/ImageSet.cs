using Generator.Content;
using Generator.Incremental;

namespace Generator.Images;

/// <summary>
/// What <see cref="ProcessImages"/> made for the pages: each processed photo by its <c>src</c>, each article's preview
/// image by slug, and the site's own card for the pages that list the site.
/// </summary>
public sealed class ImageSet(
    IReadOnlyDictionary<string, ProcessedImage> photos,
    IReadOnlyDictionary<string, PreviewImage> previews,
    PreviewImage? sitePreview,
    IReadOnlyList<string> outputPaths)
{
    public static readonly ImageSet Empty = new(new Dictionary<string, ProcessedImage>(), new Dictionary<string, PreviewImage>(), null, []);

    /// <summary>The front page, the glossary and the term pages share this card.</summary>
    public PreviewImage? SitePreview { get; } = sitePreview;

    /// <summary>Every file written, relative to the site's root, for the link check.</summary>
    public IReadOnlyList<string> OutputPaths { get; } = outputPaths;

    public ProcessedImage? Photo(string? src) => src is not null && photos.TryGetValue(src, out var image) ? image : null;

    public PreviewImage? Preview(Article article) => previews.GetValueOrDefault(article.Slug);

    /// <summary>What the article's page shows of the images (their addresses and sizes): part of the key its page is reused by.</summary>
    public string KeyOf(Article article)
    {
        var fingerprint = new Fingerprint();
        foreach (var section in article.Sections)
        {
            foreach (var variant in Photo(section.Photo?.Src)?.Variants ?? [])
            {
                fingerprint.Add(variant.OutputPath).Add(variant.Width).Add(variant.Height);
            }
        }

        var preview = Preview(article);
        return fingerprint.Add(preview?.Url).Add(preview?.Alt).Finish();
    }
}
