namespace Generator.Incremental;

/// <summary>
/// An entry of a folder as the folder itself names it (<see cref="FolderListing.Names"/>): its name, whether it is a
/// folder, and its inode number (0 where the system does not say it).
/// </summary>
public readonly record struct NamedEntry(string Name, bool IsFolder, ulong Inode);
