using System.IO.Enumeration;
using Generator.Diagnostics;
using Generator.Incremental;

namespace Generator.Content;

/// <summary>
/// The input folder's files as the content loader sees them, from the build's <see cref="FolderListing"/>: in a stable
/// order (file systems list names in any order, and output must not depend on it), without editors' swap and backup
/// files, and without symbolic links that lead outside the input folder (an editor's link to /etc/passwd would make
/// the build read, and publish, a file that is not part of the site). A symbolic link is followed as the file system
/// would follow it: a link to a folder is a folder, never descended into when looking for files.
/// </summary>
/// <param name="root">The input folder, as a full path without a trailing separator.</param>
public sealed class ListedFolders(string root, FolderListing listing, DiagnosticBag diagnostics)
{
    public string Root => root;

    /// <summary>The folders directly in <paramref name="folder"/> (hidden ones too), as full paths in ordinal order.</summary>
    public List<string> SubFolders(string folder) =>
        Entries(folder)
            .Select(entry => (Entry: entry, Path: folder + Path.DirectorySeparatorChar + entry.Name))
            .Where(found => found.Entry.Kind == EntryKind.Folder || (found.Entry.Kind == EntryKind.Link && Directory.Exists(found.Path)))
            .Select(found => found.Path)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// The files in <paramref name="folder"/> (and, when <paramref name="recursive"/>, in the folders under it) whose
    /// names match <paramref name="pattern"/> as <see cref="Directory.EnumerateFiles(string, string)"/> matches them,
    /// ordered by path, each with the stamp it was listed with.
    /// </summary>
    public List<ListedFile> SortedFiles(string folder, string pattern, bool recursive = false)
    {
        var expression = FileSystemName.TranslateWin32Expression(pattern);
        var found = new List<ListedFile>();
        Collect(folder);
        found.Sort((left, right) => string.CompareOrdinal(left.Path, right.Path));
        return found;

        void Collect(string current)
        {
            foreach (var entry in Entries(current))
            {
                var path = current + Path.DirectorySeparatorChar + entry.Name;
                switch (entry.Kind)
                {
                    case EntryKind.Folder when recursive:
                        Collect(path);
                        break;
                    case EntryKind.File or EntryKind.Link when FileSystemName.MatchesWin32Expression(expression, entry.Name) && IsKept(path, entry):
                        found.Add(new ListedFile(path, entry.Stamp));
                        break;
                }
            }
        }
    }

    /// <summary>The folder's entries; a folder that cannot be read is reported, and has none.</summary>
    private IReadOnlyList<ListedEntry> Entries(string folder)
    {
        var entries = listing.Of(folder);
        if (entries is [{ Kind: EntryKind.Unreadable }])
        {
            diagnostics.Error(SourceLocation.WholeFile(SourceFileReader.DisplayPathOf(folder)), "the folder cannot be read",
                "check that it exists and that its permissions let the build list it.");
            return [];
        }

        return entries;
    }

    private bool IsKept(string path, ListedEntry entry)
    {
        var name = entry.Name;
        if (name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal))
        {
            return false;
        }

        if (entry.Kind != EntryKind.Link)
        {
            return true;
        }

        if (Directory.Exists(path))
        {
            return false;
        }

        if (ContainedFile.LeadsOutside(path, root))
        {
            diagnostics.Error(SourceLocation.WholeFile(SourceFileReader.DisplayPathOf(path)), "the file is a link to a place outside the input folder",
                "copy the file into the input folder instead of linking to it.");
            return false;
        }

        return true;
    }
}
