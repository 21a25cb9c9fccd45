using System.IO.Enumeration;

namespace Generator.Incremental;

/// <summary>
/// One fingerprint for everything in a folder, from the file system's metadata alone: every file's path and
/// <see cref="FileStamp"/>, in path order, with no file read. Two equal stamps mean no file was added, removed, renamed
/// or written in between (for the inputs, not even one whose write time was set back: their change time moved). It is
/// the whole-build form of make's rule: a target whose prerequisites are all older than it is up to date.
/// </summary>
public static class FolderStamp
{
    /// <summary>What of a file's stamp counts.</summary>
    public enum Detail
    {
        /// <summary>Size, write time, change time, inode: any write, rename over or permission change moves it.</summary>
        Full,

        /// <summary>
        /// Size, write time and inode, without the change time: for the output folder, whose files' link counts (and so
        /// change times) move when the replaced site, which shares their files, is removed after the build.
        /// </summary>
        WithoutChangeTime,
    }

    /// <summary>The fingerprint of the folder's tree; a missing folder has one of its own, so it appearing is a change.</summary>
    public static string Of(string folder, Detail detail)
    {
        var fingerprint = new Fingerprint();
        if (!Directory.Exists(folder))
        {
            return fingerprint.Add("no folder").Finish();
        }

        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        // Every entry, hidden ones too (an editor's dot-file is conservatively a change), folders included: an empty
        // article folder is a mistake the build reports.
        var entries = new FileSystemEnumerable<(string Path, bool IsFolder)>(root, (ref FileSystemEntry entry) => (entry.ToFullPath(), entry.IsDirectory), new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = 0,
            IgnoreInaccessible = false,
        }).ToArray();
        Array.Sort(entries, (left, right) => string.CompareOrdinal(left.Path, right.Path));
        var stamps = new FileStamp?[entries.Length];
        // One statx call per file, shared by both cores; a folder's size and times move with what is in it, which its
        // entries already say.
        Parallel.For(0, entries.Length, index => stamps[index] = entries[index].IsFolder ? null : FileStamp.Of(entries[index].Path));

        fingerprint.Add(entries.Length);
        for (var index = 0; index < entries.Length; index++)
        {
            var (path, isFolder) = entries[index];
            fingerprint.Add(path[root.Length..]);
            if (isFolder)
            {
                fingerprint.Add("folder");
            }
            else if (stamps[index] is not { } stamp)
            {
                // Gone while being listed: a change.
                fingerprint.Add("gone");
            }
            else
            {
                fingerprint.Add(stamp.Length).Add(stamp.WrittenNanoseconds).Add((long)stamp.Inode).Add((long)stamp.Device);
                if (detail == Detail.Full)
                {
                    fingerprint.Add(stamp.ChangedNanoseconds);
                }
            }
        }

        return fingerprint.Finish();
    }
}
