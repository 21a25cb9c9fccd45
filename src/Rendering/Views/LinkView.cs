namespace Generator.Rendering.Views;

/// <summary>A titled link; <see cref="Url"/> is absent for related reading that has no address.</summary>
public sealed record LinkView(string Title, string? Url);
