namespace Generator.Rendering.Views;

/// <summary>A glossary term; <see cref="UsedIn"/> links every section whose prose mentions it.</summary>
public sealed record TermView(
    string Slug,
    string Name,
    IReadOnlyList<string> Aliases,
    string Short,
    string Url,
    RawHtml Definition,
    IReadOnlyList<LinkView> UsedIn);
