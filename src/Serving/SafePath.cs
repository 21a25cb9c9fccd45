namespace Generator.Serving;

/// <summary>
/// Maps a request path to a file under the site folder, refusing anything that could lead outside it: dot segments
/// (plain or percent-encoded), backslashes, NUL bytes, and symbolic links that resolve elsewhere.
/// </summary>
public static class SafePath
{
    public static string? Resolve(string root, string rawPath)
    {
        var path = rawPath.Split('?', '#')[0];
        if (path.Contains('\\') || path.Contains("%5c", StringComparison.OrdinalIgnoreCase) || path.Contains("%00", StringComparison.Ordinal))
        {
            return null;
        }

        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(path);
        }
        catch (UriFormatException)
        {
            return null;
        }

        if (decoded.Contains('\0') || decoded.Contains('\\') || decoded.Split('/').Any(segment => segment is "." or ".."))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(root, decoded.TrimStart('/')));
        var rootWithSeparator = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        if (full != root && !full.StartsWith(rootWithSeparator, StringComparison.Ordinal))
        {
            return null;
        }

        if (File.Exists(full) && new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true) is { } target && !target.FullName.StartsWith(rootWithSeparator, StringComparison.Ordinal))
        {
            return null;
        }

        return full;
    }
}
