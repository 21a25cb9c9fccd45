using Fluid;
using Fluid.Values;
using Generator.Incremental;

namespace Generator.Rendering;

/// <summary>
/// The theme's markup inside the prose, which its stylesheet and script depend on: a glossary term's link with its
/// pop-up (<c>layouts/partials/term-link.liquid</c>), a note's anchor and marker (<c>note-anchor.liquid</c>) and a
/// sidenote (<c>sidenote.liquid</c>). Each is a Liquid partial an editor can change without recompiling, parsed once
/// with the theme; the models they are given are described in docs/themes.md.
/// </summary>
public sealed class ProsePartials
{
    public const string TermLinkName = "partials/term-link";
    public const string NoteAnchorName = "partials/note-anchor";
    public const string SidenoteName = "partials/sidenote";

    /// <summary>The per-use values of each partial, in the order their uses number them.</summary>
    public static readonly IReadOnlyList<string> TermLinkHoles = ["tooltip_id", "endnote", "words"];
    public static readonly IReadOnlyList<string> NoteAnchorHoles = ["words"];
    public static readonly IReadOnlyList<string> SidenoteHoles = ["text"];

    private static readonly Lazy<ProsePartials> BuiltInPartials = new(() => LoadTheme.BuiltIn(new Diagnostics.DiagnosticBag()).Prose);

    private ProsePartials(Theme theme)
    {
        var options = new TemplateOptions
        {
            FileProvider = new LayoutFileProvider(theme.Layouts),
            CultureInfo = System.Globalization.CultureInfo.InvariantCulture,
            TimeZone = TimeZoneInfo.Utc,
            // An unknown filter is a mistake to report, and the model is all there is: a name outside it is one too.
            StrictFilters = true,
            Undefined = name => throw new LayoutProblem($"the partial uses '{name}', which is not defined", name,
                "check the spelling; docs/themes.md lists what each prose partial is given."),
        };
        TermLink = Partial(theme, TermLinkName, TermLinkHoles, options);
        NoteAnchor = Partial(theme, NoteAnchorName, NoteAnchorHoles, options);
        Sidenote = Partial(theme, SidenoteName, SidenoteHoles, options);
        var version = new Fingerprint();
        foreach (var name in new[] { TermLinkName, NoteAnchorName, SidenoteName }.SelectMany(name => LayoutReferences.Closure(theme, name)).Distinct().Order(StringComparer.Ordinal))
        {
            version.Add(name).Add(theme.Layouts.TryGetValue(name, out var layout) ? layout.Source : null);
        }

        Version = version.Finish();
    }

    /// <summary>The partials of the built-in theme, for prose rendered outside a build (tests, benchmarks, fuzzing).</summary>
    public static ProsePartials BuiltIn => BuiltInPartials.Value;

    /// <summary>Null when the theme's file failed to parse: the build has that error already and writes the prose without this markup.</summary>
    public ProsePartial? TermLink { get; }

    public ProsePartial? NoteAnchor { get; }

    public ProsePartial? Sidenote { get; }

    /// <summary>
    /// A fingerprint of the three partials and every partial they render: prose rendered with them (an article kept in
    /// the build cache) is rendered again when it changes.
    /// </summary>
    public string Version { get; }

    internal static ProsePartials Of(Theme theme) => new(theme);

    /// <summary>An object of the model, of HTML values printed as they are.</summary>
    public static FluidValue Html(params (string Name, string Html)[] members) =>
        new PartialObject(members.ToDictionary(member => member.Name, member => member.Html, StringComparer.Ordinal));

    private static ProsePartial? Partial(Theme theme, string name, IReadOnlyList<string> holes, TemplateOptions options) =>
        theme.Layouts.TryGetValue(name, out var layout) ? new ProsePartial(layout, holes, options) : null;
}
