using System.IO.Enumeration;

namespace Generator.Content;

/// <summary>
/// Whether a file found in a folder really lies in it: a symbolic link to a place outside (an editor's link to
/// /etc/passwd, say) would make the build read, and publish, a file that is not part of the site.
/// </summary>
public static class ContainedFile
{
    /// <summary>
    /// The files in a folder whose names match <paramref name="pattern"/> (as <see cref="Directory.EnumerateFiles(string, string)"/>
    /// matches them), each with whether it is a symbolic link: the listing says so, and only a link can lead outside, so
    /// a plain file costs no further system call.
    /// </summary>
    public static IEnumerable<(string Path, bool IsLink)> Enumerate(string folder, string pattern, bool recursive)
    {
        var expression = FileSystemName.TranslateWin32Expression(pattern);
        return new FileSystemEnumerable<(string, bool)>(folder, (ref entry) => (entry.ToSpecifiedFullPath(), entry.Attributes.HasFlag(FileAttributes.ReparsePoint)),
            new EnumerationOptions { RecurseSubdirectories = recursive, AttributesToSkip = 0, MatchType = MatchType.Win32 })
        {
            ShouldIncludePredicate = (ref entry) => !entry.IsDirectory && FileSystemName.MatchesWin32Expression(expression, entry.FileName),
        };
    }

    /// <param name="root">The folder, as a full path without a trailing separator.</param>
    public static bool LeadsOutside(string path, string root)
    {
        var resolved = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
        return !resolved.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
