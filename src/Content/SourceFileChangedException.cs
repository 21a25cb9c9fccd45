namespace Generator.Content;

/// <summary>
/// A content file changed between the moment the build took its stamp and the moment it read its text (an editor saved
/// it during the build). The build stops rather than publish a page made from two versions of the file; building again
/// reads it anew.
/// </summary>
public sealed class SourceFileChangedException(string displayPath)
    : IOException($"{displayPath} changed while the site was being built")
{
    public string DisplayPath { get; } = displayPath;
}
