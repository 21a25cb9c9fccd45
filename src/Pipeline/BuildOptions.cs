namespace Generator.Pipeline;

/// <param name="BaseUrl">Overrides site.yml's base_url; its path (e.g. /news/) is put in front of every internal link.</param>
public sealed record BuildOptions(
    string InputFolder,
    string OutputFolder,
    string ThemeFolder,
    string? BaseUrl = null,
    bool IncludeDrafts = false);
