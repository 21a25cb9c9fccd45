namespace Generator.Diagnostics;

/// <summary>
/// A place in a source file, with line and column counted from 1 in the file itself
/// (never inside an embedded block such as front matter), so an editor can jump straight to it.
/// </summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation StartOf(string file) => new(file, 1, 1);

    /// <summary>A location for problems that belong to a whole file or folder rather than a position in it.</summary>
    public static SourceLocation WholeFile(string file) => new(file, 0, 0);

    public bool HasPosition => Line > 0;

    public override string ToString() => HasPosition ? $"{File}:{Line}:{Column}" : File;
}
