namespace Generator.Rendering;

/// <summary>A finished page: where it goes under the output folder, its HTML, and the content file it came from (for checks and errors).</summary>
public sealed record Page(string OutputPath, string Html, string SourceFile);
