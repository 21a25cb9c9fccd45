using Generator.Glossary;

namespace Generator.Content;

/// <summary>The site-wide settings from <c>input/site.yml</c>.</summary>
public sealed record SiteSettings(
    string Title,
    string? Description,
    string? BaseUrl,
    string Language,
    Publisher? Publisher,
    LinkDensity LinkDensity = LinkDensity.FirstInSection,
    bool AllowRawHtml = false);
