using System.Runtime.InteropServices;

namespace Generator.Incremental;

/// <summary>
/// What the file system says of a file without reading it: its size, the times of its last write and of its last
/// change (a rename over it, a permission change, a write that sets the write time back), its device and its inode. A
/// build trusts an unchanged stamp as make, ninja and Bazel do, and reads only the files whose stamp moved. On Linux it
/// is one <c>statx</c> call, whose result has one layout on every architecture; elsewhere it is what
/// <see cref="FileInfo"/> gives (size and write time), which is weaker only where a write keeps both.
/// </summary>
public readonly partial record struct FileStamp(long Length, long WrittenNanoseconds, long ChangedNanoseconds, ulong Device, ulong Inode)
{
    private const int CurrentDirectory = -100;
    private const int DoNotFollowLinks = 0x100;
    private const uint WantBasicStats = 0x7FF;
    private const long NanosecondsPerTick = 100;
    private const ushort FileTypeMask = 0xF000;
    private const ushort FolderType = 0x4000;
    private const ushort LinkType = 0xA000;

    /// <summary>The stamp of the file (not following a final symbolic link), or null when it does not exist or cannot be examined.</summary>
    public static FileStamp? Of(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                return Statx(CurrentDirectory, path, DoNotFollowLinks, WantBasicStats, out var status) == 0 ? From(status) : null;
            }
            catch (Exception exception) when (exception is EntryPointNotFoundException or DllNotFoundException)
            {
                // A C library without statx: the portable stamp below.
            }
        }

        var info = new FileInfo(path);
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks * NanosecondsPerTick, 0, 0, 0) : null;
    }

    /// <summary>
    /// The stamp and kind of an entry of a folder opened by <see cref="FolderListing"/> (Linux only), by its name in the folder: the
    /// kernel looks up one name, not a whole path. False when the entry is gone.
    /// </summary>
    internal static unsafe bool TryOf(int folder, byte* name, out FileStamp stamp, out EntryKind kind)
    {
        if (StatxAt(folder, name, DoNotFollowLinks, WantBasicStats, out var status) != 0)
        {
            (stamp, kind) = (default, EntryKind.Gone);
            return false;
        }

        stamp = From(status);
        kind = (status.Mode & FileTypeMask) switch
        {
            FolderType => EntryKind.Folder,
            LinkType => EntryKind.Link,
            _ => EntryKind.File,
        };
        return true;
    }

    private static FileStamp From(in StatxResult status) =>
        new((long)status.Size, Nanoseconds(status.WrittenSeconds, status.WrittenNanoseconds),
            Nanoseconds(status.ChangedSeconds, status.ChangedNanoseconds), ((ulong)status.DeviceMajor << 32) | status.DeviceMinor, status.Inode);

    private static long Nanoseconds(long seconds, uint nanoseconds) => (seconds * 1_000_000_000) + nanoseconds;

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Statx(int directory, string path, int flags, uint mask, out StatxResult result);

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static unsafe partial int StatxAt(int directory, byte* name, int flags, uint mask, out StatxResult result);

    /// <summary>The fields of Linux's <c>struct statx</c> this needs, at their fixed offsets; the kernel fills 256 bytes.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxResult
    {
        [FieldOffset(28)] public ushort Mode;
        [FieldOffset(32)] public ulong Inode;
        [FieldOffset(40)] public ulong Size;
        [FieldOffset(112)] public long WrittenSeconds;
        [FieldOffset(120)] public uint WrittenNanoseconds;
        [FieldOffset(96)] public long ChangedSeconds;
        [FieldOffset(104)] public uint ChangedNanoseconds;
        [FieldOffset(136)] public uint DeviceMajor;
        [FieldOffset(140)] public uint DeviceMinor;
    }
}
