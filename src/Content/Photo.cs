namespace Generator.Content;

/// <summary>A section's photo; without <see cref="Src"/> it is a photo note (caption and credit only).</summary>
public sealed record Photo(string? Src, string? Alt, string? Caption, string? Credit);
