using System.Collections.Concurrent;
using Generator.Glossary;
using Generator.Rendering;

namespace Generator.Incremental;

/// <summary>
/// The version of every input as this build sees it, by its <see cref="Dependency"/> name: a fingerprint of the input
/// itself. Inputs read from files (site.yml, layouts, assets, strings files, terms) are worked out from them when first asked for; the
/// ones the build makes (rendered articles, term views, what a listing page lists) are declared as they are made, before
/// any page that reads them is looked up. A name with no version now (a deleted term, a layout that is gone) matches no
/// recorded version, so a page that read it is made again.
/// </summary>
public sealed class InputVersions
{
    private readonly ConcurrentDictionary<string, string> _versions;
    private readonly Theme _theme;
    private readonly GlossaryIndex _glossary;

    /// <param name="expected">About how many versions the build will declare: made that large at once, the table is
    /// never grown while parallel steps declare into it (growing it stops every thread).</param>
    public InputVersions(string siteKey, string? baseUrl, Theme theme, GlossaryIndex glossary, string termMatching, int expected = 0)
    {
        _versions = ConcurrentTable.Sized<string>(expected);
        _theme = theme;
        _glossary = glossary;
        _versions[Dependency.Site] = siteKey;
        _versions[Dependency.BaseUrl] = Fingerprint.Of(baseUrl);
        _versions[Dependency.TermMatching] = termMatching;
    }

    /// <summary>The version of an input the build makes, declared when it is made.</summary>
    public void Declare(string name, string version) => _versions[name] = version;

    public string? Of(string name) => _versions.TryGetValue(name, out var known) ? known : FromFiles(name);

    /// <summary>The current version of each input, for a page rendered now that read them.</summary>
    public IReadOnlyList<RecordedDependency> Record(DependencyRecorder recorder) =>
        recorder.Names.Order(StringComparer.Ordinal).Select(name => new RecordedDependency(name, Of(name) ?? "")).ToList();

    /// <summary>Whether every input a page was made from still has the version it had then.</summary>
    public bool AreCurrent(IReadOnlyList<RecordedDependency> recorded)
    {
        foreach (var dependency in recorded)
        {
            if (dependency.Version.Length == 0 || Of(dependency.Name) != dependency.Version)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// How a term shows where it is linked: what the theme's term-link partial is given of it (<see cref="TermLinkModel"/>;
    /// the words around its name in the pop-up's link are the language's, and the partial itself the theme's, both part
    /// of the article's key instead).
    /// </summary>
    public static string OfTermLink(Term term) => TermLinkModel.Version(term);

    private string? FromFiles(string name)
    {
        var separator = name.IndexOf(':', StringComparison.Ordinal);
        if (separator < 0)
        {
            return null;
        }

        var key = name[(separator + 1)..];
        string? version = name[..separator] switch
        {
            "layout" => _theme.Layouts.TryGetValue(key, out var layout) ? Fingerprint.Of(layout.Source) : null,
            "asset" => _theme.Assets.TryGetValue(key, out var asset) ? asset.OutputPath : null,
            "strings" => _theme.Strings.For(key)?.Version,
            "term-link" => _glossary.Find(key) is { } term ? OfTermLink(term) : null,
            _ => null,
        };
        return version is null ? null : _versions.GetOrAdd(name, version);
    }
}
