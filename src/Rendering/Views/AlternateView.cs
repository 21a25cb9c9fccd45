namespace Generator.Rendering.Views;

/// <summary>
/// One language version of the page (the page itself included, <see cref="Current"/>): its language, that language's
/// own name for itself, its title, its address on the site (<see cref="Url"/>, for the visible language switch) and its
/// absolute address (<see cref="Href"/>, for <c>&lt;link rel="alternate" hreflang&gt;</c>: the site's address when
/// there is no base URL). <see cref="Default"/> marks the version in the site's language, the <c>x-default</c>.
/// </summary>
public sealed record AlternateView(string Language, string Name, string Title, string Url, string Href, bool Current, bool Default);
