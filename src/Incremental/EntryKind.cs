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
