using Generator.Incremental;

namespace Generator.Publishing;

/// <summary>
/// Whether two paths name one file (the same device and inode: hard links of each other). A staging folder kept from
/// the build before holds many files as hard links of the live site's; this tells which ones are already right without
/// reading them. Only where <see cref="FileStamp"/> knows inodes (Linux); elsewhere the answer is "not known to be the
/// same", and callers carry the file over again.
/// </summary>
public static class FileIdentity
{
    public static bool Same(string first, string second) =>
        FileStamp.Of(first) is { Inode: not 0 } a && FileStamp.Of(second) is { } b && (a.Device, a.Inode) == (b.Device, b.Inode);
}
