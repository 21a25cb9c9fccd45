using Generator.Content;
using Generator.Diagnostics;
using Generator.Glossary;
using Generator.Incremental;
using Generator.Localization;
using Generator.Publishing;
using Generator.Rendering;

namespace Generator.Pipeline;

/// <summary>
/// What every step of a build reads, made once the content and the theme are loaded and handed to each step in place
/// of a list of the same few values: a step that needs one more of them reads it here, and no signature between the
/// pipeline and the step changes. Pages leave a step through <see cref="Stage"/> or <see cref="Publish"/>, so every
/// page is written and kept for the checks the same way.
/// </summary>
public sealed class BuildContext : IDisposable
{
    // The addresses most pages share, held once for the checks rather than once per page.
    private readonly SharedStrings _sharedStrings = new();

    public required BuildOptions Options { get; init; }

    public required DiagnosticBag Diagnostics { get; init; }

    /// <summary>The site's settings as pages are made with them: <c>--base-url</c> in place of site.yml's base_url.</summary>
    public required SiteSettings Site { get; init; }

    /// <summary>The theme: a build makes its context only once the theme has loaded without errors.</summary>
    public required Theme Theme { get; init; }

    public required GlossaryIndex Glossary { get; init; }

    /// <summary>The build cache opened for this build; null with <c>--no-cache</c>, or for a run that keeps none.</summary>
    public required IncrementalBuild? Incremental { get; init; }

    /// <summary>Where pages are written until the site is swapped in; null for a dry run (<c>check</c>), which writes nothing.</summary>
    public required StagingFolder? Staging { get; init; }

    /// <summary>The path of <c>--base-url</c> (<c>/news/</c>), put in front of every internal link of a themed page; <c>/</c> without one.</summary>
    public required string BasePath { get; init; }

    public required StepTimings Timings { get; init; }

    /// <summary>The theme's strings, for every language the content is written in.</summary>
    public StringsCatalogue Strings => Theme.Strings;

    /// <summary>The path of <c>--base-url</c>, or <c>/</c>.</summary>
    public static string BasePathOf(string? baseUrl) =>
        baseUrl is not null && Uri.TryCreate(baseUrl, UriKind.Absolute, out var parsed) ? parsed.AbsolutePath : "/";

    /// <summary>
    /// Writes a finished page to the staging folder at once and returns what the checks need of it, without its bytes,
    /// so memory stays bounded on large sites. Feeds and forwarding pages come here as made: their addresses are final.
    /// </summary>
    public Page Stage(Page page)
    {
        var checkable = CheckSite.WithFacts(page, _sharedStrings);
        Staging?.Write(checkable);
        return checkable with { Utf8 = ReadOnlyMemory<byte>.Empty };
    }

    /// <summary>Stages a themed page once its internal links carry the base path.</summary>
    public Page Publish(Page page) => Stage(PostProcessPages.Run(page, BasePath));

    public void Dispose() => _sharedStrings.Dispose();
}
