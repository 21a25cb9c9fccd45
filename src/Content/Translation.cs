using Generator.Diagnostics;

namespace Generator.Content;

/// <summary>
/// One entry of an article's <c>translations</c>: the article written in <see cref="Language"/> under
/// <see cref="Slug"/>, with where the editor wrote each, to report a language or slug that does not fit.
/// </summary>
public sealed record Translation(LocatedText Language, LocatedText Slug);
