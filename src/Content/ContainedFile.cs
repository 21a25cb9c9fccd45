namespace Generator.Content;

/// <summary>
/// Whether a file found in a folder really lies in it: a symbolic link to a place outside (an editor's link to
/// /etc/passwd, say) would make the build read, and publish, a file that is not part of the site.
/// </summary>
public static class ContainedFile
{
    /// <param name="root">The folder, as a full path without a trailing separator.</param>
    public static bool LeadsOutside(string path, string root)
    {
        var resolved = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
        return !resolved.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
