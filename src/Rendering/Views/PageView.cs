namespace Generator.Rendering.Views;

/// <summary>What every layout knows about the page being rendered. <see cref="Kind"/> is home, article, glossary, term or not-found.</summary>
public sealed record PageView(string Kind, string Title, string? Description, string Url);
