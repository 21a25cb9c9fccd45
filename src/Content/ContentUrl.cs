using Generator.Content.FrontMatter;
using Generator.Diagnostics;

namespace Generator.Content;

/// <summary>Reads a URL-valued key and refuses schemes that could run script (see <see cref="SafeUrl"/>).</summary>
public static class ContentUrl
{
    public static string? Read(FrontMatterReader reader, string key, DiagnosticBag diagnostics)
    {
        var url = reader.Text(key);
        if (url is null || SafeUrl.IsAllowed(url))
        {
            return url;
        }

        diagnostics.Error(reader.LocationOf(key), $"'{key}' must be an http(s) address or a path, but is '{url}'",
            "only http:, https:, root-relative (/...) and relative addresses are published; other schemes can run code in readers' browsers.");
        return null;
    }

    /// <summary>An image address (<see cref="SafeUrl.IsAllowedImage"/>).</summary>
    public static string? ReadImage(FrontMatterReader reader, string key, DiagnosticBag diagnostics)
    {
        var url = reader.Text(key);
        if (url is null || SafeUrl.IsAllowedImage(url))
        {
            return url;
        }

        diagnostics.Error(reader.LocationOf(key), $"'{key}' must be an http(s) address, a path inside the site or a data:image/ value, but is '{url}'",
            "use e.g. /assets/photo.jpg (files under input/assets/ are published there); '..', SVG data and script schemes are refused.");
        return null;
    }
}
