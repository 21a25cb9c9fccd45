using System.Text;

namespace Generator.Incremental;

/// <summary>One entry of a listed folder: its name as the file system gives it, and its stamp (none for a folder).</summary>
public sealed record ListedEntry(byte[] RawName, FileStamp? Stamp, EntryKind Kind)
{
    /// <summary>Stands for a folder that could not be read; its name is no file's (no name holds a NUL byte).</summary>
    public static readonly ListedEntry Unreadable = new("\0unreadable"u8.ToArray(), null, EntryKind.Unreadable);

    private string? _name;

    /// <summary>The name as text, decoded when first asked: fingerprinting a folder needs only the bytes.</summary>
    public string Name => _name ??= Encoding.UTF8.GetString(RawName);
}
