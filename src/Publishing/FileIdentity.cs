using System.Runtime.InteropServices;

namespace Generator.Publishing;

/// <summary>
/// Whether two paths name one file (the same device and inode: hard links of each other). A staging folder kept from
/// the build before holds many files as hard links of the live site's; this tells which ones are already right without
/// reading them. Linux only, through <c>statx</c>, whose result has one layout on every architecture; elsewhere the
/// answer is "not known to be the same", and callers carry the file over again.
/// </summary>
public static partial class FileIdentity
{
    private const int CurrentDirectory = -100;
    private const int DoNotFollowLinks = 0x100;
    private const uint WantInode = 0x100;

    public static bool Same(string first, string second) =>
        OperatingSystem.IsLinux() && Of(first) is { } a && Of(second) is { } b && a == b;

    private static (uint DeviceMajor, uint DeviceMinor, ulong Inode)? Of(string path)
    {
        try
        {
            return Statx(CurrentDirectory, path, DoNotFollowLinks, WantInode, out var status) == 0 && (status.Mask & WantInode) != 0
                ? (status.DeviceMajor, status.DeviceMinor, status.Inode)
                : null;
        }
        catch (Exception exception) when (exception is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Statx(int directory, string path, int flags, uint mask, out StatxResult result);

    /// <summary>The fields of Linux's <c>struct statx</c> this needs, at their fixed offsets; the kernel fills 256 bytes.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxResult
    {
        [FieldOffset(0)] public uint Mask;
        [FieldOffset(32)] public ulong Inode;
        [FieldOffset(136)] public uint DeviceMajor;
        [FieldOffset(140)] public uint DeviceMinor;
    }
}
