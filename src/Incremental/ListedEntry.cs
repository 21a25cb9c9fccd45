using System.Text;

namespace Generator.Incremental;

/// <summary>What a listed entry is, as the file system said without following a symbolic link.</summary>
public enum EntryKind
{
    File,
    Folder,
    Link,

    /// <summary>Removed between being listed and being stamped: a change.</summary>
    Gone,

    /// <summary>The folder itself could not be read (missing, or not permitted).</summary>
    Unreadable,
}

/// <summary>One entry of a listed folder: its name as the file system gives it, and its stamp (none for a folder).</summary>
public sealed record ListedEntry(byte[] RawName, FileStamp? Stamp, EntryKind Kind)
{
    /// <summary>Stands for a folder that could not be read; its name is no file's (no name holds a NUL byte).</summary>
    public static readonly ListedEntry Unreadable = new("\0unreadable"u8.ToArray(), null, EntryKind.Unreadable);

    public string Name { get; } = Encoding.UTF8.GetString(RawName);
}
