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
}
