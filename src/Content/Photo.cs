using Generator.Diagnostics;

namespace Generator.Content;

/// <summary>A section's photo; without <see cref="Src"/> it is a photo note (caption and credit only).</summary>
public sealed record Photo(string? Src, string? Alt, string? Caption, string? Credit)
{
    /// <summary>Where <c>src</c> is written, for the problems found when the photo is processed.</summary>
    public SourceLocation SrcLocation { get; init; }
}
