namespace Generator.Rendering.Views;

public sealed record PhotoView(string? Src, string? Alt, string? Caption, string? Credit);
