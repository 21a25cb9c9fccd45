namespace Generator.Content;

/// <summary>
/// A content file as read from disk: its text with line endings normalised to '\n' and any byte-order mark removed,
/// so line numbers are the ones an editor shows whatever the file's origin.
/// </summary>
public sealed record SourceFile(string DisplayPath, string FullPath, string Text);
