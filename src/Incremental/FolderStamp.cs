using System.Runtime.InteropServices;
using System.Text;

namespace Generator.Incremental;

/// <summary>
/// One fingerprint for everything in a folder, from the file system's metadata alone: every entry's name and
/// <see cref="FileStamp"/>, with no file read. Two equal stamps mean no file was added, removed, renamed or written in
/// between (for the inputs, not even one whose write time was set back: its change time moved). It is the whole-build
/// form of make's rule: a target whose prerequisites are all older than it is up to date.
/// <para>
/// Each folder's fingerprint is made from its entries in name order, a sub-folder's by its own fingerprint (a Merkle
/// tree), so sub-folders are stamped on both cores at once and the order the file system lists names in does not
/// matter. On Linux a folder is read with <c>readdir</c> and each entry stamped by its name in the open folder
/// (<c>statx</c> relative to it), so 100,000 files cost 100,000 one-name look-ups and no path strings.
/// </para>
/// </summary>
public static partial class FolderStamp
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

    /// <summary>Below this many sub-folders, a folder's are stamped one after another: starting parallel work costs more.</summary>
    private const int SubFoldersWorthSharing = 16;

    /// <summary><c>DT_DIR</c>, the type <c>readdir</c> gives a folder.</summary>
    private const byte FolderEntryType = 4;

    /// <summary>The fingerprint of the folder's tree; a missing folder has one of its own, so it appearing is a change.</summary>
    public static string Of(string folder, Detail detail) =>
        Directory.Exists(folder) ? OfFolder(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)), detail) : Fingerprint.Of("no folder");

    private static string OfFolder(string folder, Detail detail)
    {
        var entries = OperatingSystem.IsLinux() ? ReadLinuxFolder(folder) : ReadFolder(folder);
        entries.Sort((left, right) => left.Name.AsSpan().SequenceCompareTo(right.Name));
        var subFolders = entries.Where(entry => entry.IsFolder).Select(entry => PathOf(folder, entry)).ToList();
        var subStamps = new string[subFolders.Count];
        if (subFolders.Count >= SubFoldersWorthSharing)
        {
            Parallel.For(0, subFolders.Count, index => subStamps[index] = OfFolder(subFolders[index], detail));
        }
        else
        {
            for (var index = 0; index < subFolders.Count; index++)
            {
                subStamps[index] = OfFolder(subFolders[index], detail);
            }
        }

        var fingerprint = new Fingerprint().Add(entries.Count);
        var nextSubFolder = 0;
        foreach (var entry in entries)
        {
            fingerprint.Add(entry.Name);
            if (entry.IsFolder)
            {
                fingerprint.Add(subStamps[nextSubFolder++]);
            }
            else if (entry.Stamp is not { } stamp)
            {
                // Gone while the folder was read: a change.
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

    private static string PathOf(string folder, Entry entry) => folder + Path.DirectorySeparatorChar + Encoding.UTF8.GetString(entry.Name);

    /// <summary>
    /// Every entry of the folder, stamped: hidden ones too (an editor's dot-file is conservatively a change), and a
    /// symbolic link as itself, as <see cref="FileStamp.Of"/> stamps content files.
    /// </summary>
    private static unsafe List<Entry> ReadLinuxFolder(string folder)
    {
        var entries = new List<Entry>();
        var handle = OpenFolder(folder);
        if (handle == 0)
        {
            // Unreadable: stamped as such, so it becoming readable is a change (and the build reports what it cannot read).
            entries.Add(new Entry("\0unreadable"u8.ToArray(), null, false));
            return entries;
        }

        try
        {
            var descriptor = FolderDescriptor(handle);
            nint found;
            while ((found = ReadEntry(handle)) != 0)
            {
                // glibc's and musl's struct dirent on 64-bit systems: inode (8), offset (8), record length (2), type (1), name.
                var name = (byte*)found + 19;
                var span = MemoryMarshal.CreateReadOnlySpanFromNullTerminated(name);
                if (span.SequenceEqual("."u8) || span.SequenceEqual(".."u8))
                {
                    continue;
                }

                // A folder's own stamp is not used (its entries say what changed in it): one look-up saved per folder,
                // unless the file system does not say an entry's type (then statx does).
                var type = *((byte*)found + 18);
                if (type == FolderEntryType)
                {
                    entries.Add(new Entry(span.ToArray(), null, true));
                    continue;
                }

                entries.Add(FileStamp.TryOf(descriptor, name, out var stamp, out var isFolder)
                    ? new Entry(span.ToArray(), stamp, isFolder)
                    : new Entry(span.ToArray(), null, false));
            }
        }
        finally
        {
            _ = CloseFolder(handle);
        }

        return entries;
    }

    /// <summary>The same, through .NET's portable calls, on systems other than Linux.</summary>
    private static List<Entry> ReadFolder(string folder) =>
        Directory.EnumerateFileSystemEntries(folder, "*", new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false })
            .Select(path => new Entry(Encoding.UTF8.GetBytes(Path.GetFileName(path)), FileStamp.Of(path), Directory.Exists(path)))
            .ToList();

    private sealed record Entry(byte[] Name, FileStamp? Stamp, bool IsFolder);

    [LibraryImport("libc", EntryPoint = "opendir", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial nint OpenFolder(string path);

    [LibraryImport("libc", EntryPoint = "dirfd")]
    private static partial int FolderDescriptor(nint folder);

    [LibraryImport("libc", EntryPoint = "readdir")]
    private static partial nint ReadEntry(nint folder);

    [LibraryImport("libc", EntryPoint = "closedir")]
    private static partial int CloseFolder(nint folder);
}
