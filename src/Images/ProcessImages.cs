using System.Collections.Concurrent;
using System.Globalization;
using Generator.Content;
using Generator.Diagnostics;
using Generator.Incremental;
using Generator.Publishing;
using Generator.Rendering;
using Generator.Rendering.Views;

namespace Generator.Images;

/// <summary>
/// The image step, run before any page is rendered: every photo a section takes from <c>input/assets/</c> is resized to
/// the site's widths and encoded as WebP and in its own format, under names that carry its content's hash; every
/// article gets a preview image for shared links (its first photo, or a card drawn with the theme's colours), and the
/// site gets a card of its own. Files are written to the staging folder at once, and kept in the
/// <see cref="ImageCache"/> so that a rebuild encodes nothing unchanged. A photo that cannot be processed is an error
/// at its <c>src</c> line; a remote photo is published as it is, with a warning that it cannot be sized.
/// </summary>
public static class ProcessImages
{
    /// <summary>Where the files go in the site.</summary>
    public const string OutputFolder = "images";

    private const string AssetsPrefix = "/" + InputFolder.AssetsFolder + "/";

    /// <summary>
    /// One photo (or card) per core at a time. Each holds tens of megabytes of pixels while it is resized and encoded,
    /// and takes a second of processor time: left to itself, the thread pool kept adding threads to the long-running
    /// loop, and 100 photos of 2000 x 1333 peaked at 2.3 GB resident on two cores (docs/performance.md, "Photos").
    /// </summary>
    private static readonly ParallelOptions OnePerCore = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    public static ImageSet Run(ContentSet content, Theme theme, ImageCache? cache, StagingFolder? staging, DiagnosticBag diagnostics)
    {
        var settings = new ImageSettings(content.Site.ImageWidths);
        var assets = content.Assets.ToDictionary(a => a.RelativePath, StringComparer.Ordinal);
        var uses = new Dictionary<AssetFile, List<SourceLocation>>();
        foreach (var photo in content.Articles.SelectMany(a => a.Sections).Select(s => s.Photo).OfType<Photo>())
        {
            if (photo.Src is not { } src)
            {
                continue;
            }

            if (src.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || src.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Warning(photo.SrcLocation, $"the photo '{src}' is on another site, so it cannot be resized or sized: the page may jump as it loads",
                    "copy the photo into input/assets/ and write its src as /assets/<file>, so that the build makes its sizes and WebP.");
            }
            else if (AssetOf(src, assets) is { } asset)
            {
                (uses.TryGetValue(asset, out var locations) ? locations : uses[asset] = []).Add(photo.SrcLocation);
            }
        }

        var written = new ConcurrentBag<string>();
        var photos = new ConcurrentDictionary<string, ProcessedImage>(StringComparer.Ordinal);
        Parallel.ForEach(uses, OnePerCore, use =>
        {
            if (Photo(use.Key, settings, cache, staging, written, out var problem) is { } image)
            {
                photos[AssetsPrefix + use.Key.RelativePath] = image;
                return;
            }

            foreach (var location in use.Value)
            {
                diagnostics.Error(location, problem!.Message, problem.Hint);
            }
        });

        var style = CardStyle.Read(theme, diagnostics);
        var previews = new ConcurrentDictionary<string, PreviewImage>(StringComparer.Ordinal);
        Parallel.ForEach(content.Articles, OnePerCore, article =>
        {
            var first = article.Sections.Select(s => s.Photo).FirstOrDefault(p => p?.Src is { } src && photos.ContainsKey(src));
            if (first is not null)
            {
                var file = photos[first.Src!].PreviewFile;
                previews[article.Slug] = new PreviewImage(file.Url, file.Width, file.Height, first.Alt ?? article.Title, file.MimeType);
            }
            else if (style is not null)
            {
                var card = Card(style, article.Slug, article.Title, content.Site.Title, new DateFormat(content.Site.TimeZone, theme.Strings.Of(article.LanguageOr(content.Site.Language))).Of(article.Date).Display, cache, staging, written);
                previews[article.Slug] = card with { Alt = $"{article.Title} — {content.Site.Title}" };
            }
        });

        var site = content.Site;
        var sitePreview = style is null ? null :
            Card(style, "site", site.Title, site.Publisher?.Name ?? "", site.Description, cache, staging, written) with { Alt = site.Title };
        return new ImageSet(photos, previews, sitePreview, [.. written.Order(StringComparer.Ordinal)]);
    }

    /// <summary>The asset a root-relative <c>src</c> names, when it is a raster photo there (SVG is published as it is).</summary>
    private static AssetFile? AssetOf(string src, IReadOnlyDictionary<string, AssetFile> assets)
    {
        if (!src.StartsWith(AssetsPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var path = Uri.UnescapeDataString(src[AssetsPrefix.Length..].Split('?', '#')[0]);
        return !path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) && assets.TryGetValue(path, out var asset) ? asset : null;
    }

    private static ProcessedImage? Photo(AssetFile asset, ImageSettings settings, ImageCache? cache, StagingFolder? staging, ConcurrentBag<string> written, out ImageProblem? problem)
    {
        var bytes = File.ReadAllBytes(asset.FullPath);
        if (ImageHeader.Read(bytes, out problem) is not { } header)
        {
            return null;
        }

        var key = new Fingerprint().Add("photo").Add(asset.RelativePath).Add(bytes)
            .Add(string.Join(' ', settings.Widths)).Add(ImageSettings.EncoderKey).Finish();
        var (width, height) = header.Upright;
        var stem = Stem(asset.RelativePath);
        var formats = header.Format == ImageFormat.Webp ? new[] { ImageFormat.Webp } : [ImageFormat.Webp, header.Format];
        var variants = settings.WidthsFor(width)
            .SelectMany(w => formats.Select(format => new ImageVariant(w, ImageEncoder.HeightAt(width, height, w), format,
                string.Create(CultureInfo.InvariantCulture, $"{OutputFolder}/{stem}-{w}.{key[..12]}.{ImageVariant.ExtensionOf(format)}"))))
            .OrderBy(v => v.Format == header.Format ? 1 : 0).ThenBy(v => v.Width)
            .ToList();

        var ok = Publish(key, variants.Select(v => v.OutputPath), cache, staging, written, write =>
        {
            using var decoded = ImageEncoder.Decode(bytes, out var decodeProblem);
            if (decoded is null)
            {
                return decodeProblem;
            }

            foreach (var group in variants.GroupBy(v => v.Width))
            {
                using var resized = group.Key == decoded.Width ? null : ImageEncoder.Resize(decoded, group.Key);
                foreach (var variant in group)
                {
                    write(variant.OutputPath, ImageEncoder.Encode(resized ?? decoded, variant.Format));
                }
            }

            return null;
        });
        problem = ok;
        return ok is null ? new ProcessedImage(AssetsPrefix + asset.RelativePath, header.Format, variants) : null;
    }

    private static PreviewImage Card(CardStyle style, string name, string headline, string siteName, string? dateLine, ImageCache? cache, StagingFolder? staging, ConcurrentBag<string> written)
    {
        var key = Fingerprint.Of(SocialCard.LayoutVersion, style.Key, CardPngEncoder.Key, headline, siteName, dateLine);
        var outputPath = $"{OutputFolder}/card-{name}.{key[..12]}.png";
        Publish(key, [outputPath], cache, staging, written, write =>
        {
            write(outputPath, DrawnCards.Get(key, () => SocialCard.Draw(style, headline, siteName, dateLine)));
            return null;
        });
        return new PreviewImage("/" + outputPath, SocialCard.Width, SocialCard.Height, headline, ImageVariant.MimeTypeOf(ImageFormat.Png));
    }

    /// <summary>
    /// Puts an entry's files in the staging folder: from the cache when it has them, otherwise made by
    /// <paramref name="make"/> (into the cache when there is one, or straight into the staging folder).
    /// </summary>
    /// <returns>Why the files could not be made; null when they are in place.</returns>
    private static ImageProblem? Publish(string key, IEnumerable<string> outputPaths, ImageCache? cache, StagingFolder? staging,
        ConcurrentBag<string> written, Func<Action<string, byte[]>, ImageProblem?> make)
    {
        var paths = outputPaths.ToList();
        foreach (var path in paths)
        {
            written.Add(path);
        }

        if (cache is null)
        {
            return make((path, bytes) => staging?.WriteFile(path, bytes));
        }

        var folder = cache.Find(key, paths.Select(Path.GetFileName)!);
        if (folder is null)
        {
            ImageProblem? problem = null;
            folder = cache.Store(key, into =>
            {
                problem = make((path, bytes) => File.WriteAllBytes(Path.Combine(into, Path.GetFileName(path)), bytes));
                return problem is null;
            });
            if (folder is null)
            {
                return problem;
            }
        }

        foreach (var path in paths)
        {
            staging?.LinkFile(Path.Combine(folder, Path.GetFileName(path)), path);
        }

        return null;
    }

    /// <summary>A file name's stem fit for an address: lower-case letters, digits and hyphens.</summary>
    private static string Stem(string relativePath)
    {
        var name = Path.GetFileNameWithoutExtension(relativePath).ToLowerInvariant();
        var stem = new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
        return stem.Length == 0 ? "photo" : stem;
    }
}
