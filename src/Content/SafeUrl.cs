namespace Generator.Content;

/// <summary>
/// Decides which URLs from front matter may reach a page: web addresses and paths only, never script or data schemes
/// that would run code in a reader's browser.
/// </summary>
public static class SafeUrl
{
    public static bool IsAllowed(string url)
    {
        var trimmed = url.Trim();
        if (trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            return false;
        }

        var colon = trimmed.IndexOf(':');
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon > 0 && (slash < 0 || colon < slash);
        if (!hasScheme)
        {
            return true;
        }

        var scheme = trimmed[..colon].ToLowerInvariant();
        return scheme is "http" or "https" && Uri.TryCreate(trimmed, UriKind.Absolute, out _);
    }

    /// <summary>
    /// An image address: what <see cref="IsAllowed"/> allows, or an inline raster image (<c>data:image/png;base64,…</c>;
    /// not SVG, which can carry script). Paths must not climb out with <c>..</c>.
    /// </summary>
    public static bool IsAllowedImage(string url)
    {
        var trimmed = url.Trim();
        if (trimmed.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            return System.Text.RegularExpressions.Regex.IsMatch(trimmed, "^data:image/(png|jpeg|gif|webp|avif);base64,[A-Za-z0-9+/=]+$", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        }

        return IsAllowed(trimmed) && !trimmed.Split('?', '#')[0].Replace('\\', '/').Split('/').Any(segment => segment == "..");
    }
}
