using Generator.Diagnostics;

namespace Generator.Glossary;

/// <summary>
/// A section's own say over term linking (<c>glossary: {exclude, force}</c> in its front matter): terms never linked
/// in it, and terms linked in it even where the density rule would not link them. Slugs keep their locations so an
/// unknown one is reported where it is written.
/// </summary>
public sealed record SectionGlossaryRules(IReadOnlyList<LocatedText> Exclude, IReadOnlyList<LocatedText> Force)
{
    public static readonly SectionGlossaryRules None = new([], []);
}
