using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text;

namespace Generator.Incremental;

/// <summary>
/// What the file system held in a tree of folders, read once: each folder's entries with their
/// <see cref="FileStamp"/>s. A build lists its input folder once, before it reads any file; the same listing is
/// fingerprinted to ask whether anything moved since the last build (<see cref="FolderStamp"/>) and then tells the
/// content loader which files there are and which stamps they had (<see cref="ParsedFiles"/>), so the file system is
/// asked once per file, not once per question. A file saved after the listing was made has a newer stamp than the
/// one recorded for it, so the next build reads it again: the same argument as a stamp taken just before reading.
/// <para>
/// On Linux a folder is read with <c>readdir</c> and each entry stamped by its name in the open folder (<c>statx</c>
/// relative to it), so 100,000 files cost 100,000 one-name look-ups and no path strings.
/// </para>
/// </summary>
public sealed partial class FolderListing
{
    /// <summary><c>DT_DIR</c>, the type <c>readdir</c> gives a folder.</summary>
    private const byte FolderEntryType = 4;

    /// <summary>
    /// Below this many sub-folders, a walk of a tree (stamping it, listing the kept staging folder) reads a folder's
    /// one after another: starting parallel work costs more.
    /// </summary>
    public const int SubFoldersWorthSharing = 16;

    /// <summary><c>DT_UNKNOWN</c>: a file system that does not say an entry's type (it must be asked).</summary>
    private const byte UnknownEntryType = 0;

    // Full path without a trailing separator → its entries; filled as folders are read, from any thread.
    private readonly ConcurrentDictionary<string, IReadOnlyList<ListedEntry>> _folders = new(StringComparer.Ordinal);

    /// <summary>
    /// The folder's entries, in ordinal order of their names' bytes, as first read by this listing: hidden ones too, a
    /// symbolic link as itself. A folder the listing had not reached (no snapshot was taken, or it lies behind a
    /// symbolic link) is read now; a missing or unreadable one has the single entry <see cref="ListedEntry.Unreadable"/>.
    /// </summary>
    /// <param name="folder">A full path without a trailing separator.</param>
    public IReadOnlyList<ListedEntry> Of(string folder) => _folders.GetOrAdd(folder, Read);

    private static IReadOnlyList<ListedEntry> Read(string folder)
    {
        var entries = OperatingSystem.IsLinux() ? ReadLinuxFolder(folder) : ReadFolder(folder);
        entries.Sort((left, right) => left.RawName.AsSpan().SequenceCompareTo(right.RawName));
        return entries;
    }

    private static unsafe List<ListedEntry> ReadLinuxFolder(string folder)
    {
        var entries = new List<ListedEntry>();
        var readable = EachEntry(folder, (name, type, _, descriptor) =>
        {
            var bytes = MemoryMarshal.CreateReadOnlySpanFromNullTerminated(name).ToArray();
            // A folder's own stamp is not used (its entries say what changed in it): one look-up saved per folder,
            // unless the file system does not say an entry's type (then statx does).
            entries.Add(type == FolderEntryType ? new ListedEntry(bytes, null, EntryKind.Folder)
                : FileStamp.TryOf(descriptor, name, out var stamp, out var kind) ? new ListedEntry(bytes, stamp, kind)
                : new ListedEntry(bytes, null, EntryKind.Gone));
        });

        // Unreadable: stamped as such, so it becoming readable is a change (and the build reports what it cannot read).
        return readable ? entries : [ListedEntry.Unreadable];
    }

    /// <summary>
    /// The entries of a folder as the folder names them, with no stamp asked for: on Linux <c>readdir</c> gives each
    /// entry's kind and inode number with its name, so a folder the build only needs the contents of (the kept staging
    /// folder, tens of thousands of files) costs no look-up per file.
    /// </summary>
    /// <exception cref="UnauthorizedAccessException">The folder cannot be read.</exception>
    public static unsafe List<NamedEntry> Names(string folder)
    {
        if (!OperatingSystem.IsLinux())
        {
            return Directory.EnumerateFileSystemEntries(folder, "*", new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false })
                .Select(path => new NamedEntry(Path.GetFileName(path), Directory.Exists(path) && new FileInfo(path).LinkTarget is null, 0))
                .ToList();
        }

        var entries = new List<NamedEntry>();
        var readable = EachEntry(folder, (bytes, type, inode, _) =>
        {
            var name = Encoding.UTF8.GetString(MemoryMarshal.CreateReadOnlySpanFromNullTerminated(bytes));
            // A file system that does not say an entry's kind (type 0) is asked, as the framework's listing would.
            var isFolder = type == FolderEntryType || (type == UnknownEntryType && Directory.Exists(Path.Combine(folder, name)) && new FileInfo(Path.Combine(folder, name)).LinkTarget is null);
            entries.Add(new NamedEntry(name, isFolder, inode));
        });
        return readable ? entries : throw new UnauthorizedAccessException($"the folder '{folder}' cannot be read");
    }

    /// <summary>An entry of a folder as <c>readdir</c> gives it: its name (null-terminated), type, inode number, and the open folder's descriptor.</summary>
    private unsafe delegate void EntryVisitor(byte* name, byte type, ulong inode, int folder);

    /// <summary>Gives each entry of the folder but <c>.</c> and <c>..</c> to <paramref name="visit"/>, as <c>readdir</c> names it.</summary>
    /// <returns>False when the folder cannot be opened.</returns>
    private static unsafe bool EachEntry(string folder, EntryVisitor visit)
    {
        var handle = OpenFolder(folder);
        if (handle == 0)
        {
            return false;
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
                if (!span.SequenceEqual("."u8) && !span.SequenceEqual(".."u8))
                {
                    visit(name, *((byte*)found + 18), *(ulong*)found, descriptor);
                }
            }

            return true;
        }
        finally
        {
            _ = CloseFolder(handle);
        }
    }

    /// <summary>The same, through .NET's portable calls, on systems other than Linux.</summary>
    private static List<ListedEntry> ReadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [ListedEntry.Unreadable];
        }

        return Directory.EnumerateFileSystemEntries(folder, "*", new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false })
            .Select(path =>
            {
                var kind = new FileInfo(path).LinkTarget is not null ? EntryKind.Link : Directory.Exists(path) ? EntryKind.Folder : EntryKind.File;
                return new ListedEntry(Encoding.UTF8.GetBytes(Path.GetFileName(path)), kind == EntryKind.Folder ? null : FileStamp.Of(path), kind);
            })
            .ToList();
    }

    [LibraryImport("libc", EntryPoint = "opendir", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial nint OpenFolder(string path);

    [LibraryImport("libc", EntryPoint = "dirfd")]
    private static partial int FolderDescriptor(nint folder);

    [LibraryImport("libc", EntryPoint = "readdir")]
    private static partial nint ReadEntry(nint folder);

    [LibraryImport("libc", EntryPoint = "closedir")]
    private static partial int CloseFolder(nint folder);
}
