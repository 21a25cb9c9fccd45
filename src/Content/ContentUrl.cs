using Generator.Content.FrontMatter;
using Generator.Diagnostics;

namespace Generator.Content;

/// <summary>Reads a URL-valued key and refuses schemes that could run script (see <see cref="SafeUrl"/>).</summary>
public static class ContentUrl
{
    public static string? Read(FrontMatterReader reader, string key, DiagnosticBag diagnostics) =>
        ReadChecked(reader, key, diagnostics, SafeUrl.IsAllowed,
            $"'{key}' must be an http(s) address or a path",
            "only http:, https:, root-relative (/...) and relative addresses are published; other schemes can run code in readers' browsers.");

    /// <summary>An image address (<see cref="SafeUrl.IsAllowedImage"/>).</summary>
    public static string? ReadImage(FrontMatterReader reader, string key, DiagnosticBag diagnostics) =>
        ReadChecked(reader, key, diagnostics, SafeUrl.IsAllowedImage,
            $"'{key}' must be an http(s) address, a path inside the site or a data:image/ value",
            "use e.g. /assets/photo.jpg (files under input/assets/ are published there); '..', SVG data and script schemes are refused.");

    private static string? ReadChecked(FrontMatterReader reader, string key, DiagnosticBag diagnostics, Func<string, bool> isAllowed, string requirement, string hint)
    {
        var url = reader.Text(key);
        if (url is null || isAllowed(url))
        {
            return url;
        }

        diagnostics.Error(reader.LocationOf(key), $"{requirement}, but is '{url}'", hint);
        return null;
    }
}
