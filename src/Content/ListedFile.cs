using Generator.Incremental;

namespace Generator.Content;

/// <summary>A file the content loader reads: its full path, and its stamp when it was listed (none if it went before it could be stamped).</summary>
public sealed record ListedFile(string Path, FileStamp? Stamp);
