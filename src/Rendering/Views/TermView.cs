namespace Generator.Rendering.Views;

/// <summary>
/// A glossary term; <see cref="UsedIn"/> links every section that mentions it, <see cref="SeeAlso"/> related terms,
/// <see cref="AsOf"/> the date the definition was true on, <see cref="Language"/> the language it is written in (its
/// own or the site's): its page is in that language, and the glossary marks the entry with it.
/// </summary>
public sealed record TermView(
    string Slug,
    string Name,
    IReadOnlyList<string> Aliases,
    string Short,
    string Url,
    RawHtml Definition,
    IReadOnlyList<LinkView> UsedIn,
    IReadOnlyList<LinkView> SeeAlso,
    LinkView? Source,
    DateView? AsOf,
    string Language);
