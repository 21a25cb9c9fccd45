namespace Generator.Pipeline;

/// <param name="Strict">Treat warnings (unused terms, long definitions) as errors, so they stop the build.</param>
/// <param name="WriteOutput">False for a dry run (<c>check</c>): every step and check runs, nothing is written.</param>
/// <param name="KeepStagingFolder">
/// For the preview: the staging folder is kept after each build (after the swap it holds the replaced site) and the
/// next build of the process starts from it, so a rebuild rewrites only the files that changed.
/// </param>
/// <param name="Cache">The build cache to reuse unchanged articles and pages from; null renders everything.</param>
/// <param name="HeadersFile">The netlify.toml whose <c>[[headers]]</c> are written to the site as <c>_headers</c>; null writes none.</param>
/// <param name="Now">The build's "now" (<c>--now</c>); without it SOURCE_DATE_EPOCH, else the clock.</param>
/// <param name="IncludeFuture">Publish articles dated after "now" too (<c>--future</c>); by default they are held back.</param>
/// <param name="SkipIfUnchanged">
/// With a cache: when nothing the build reads has moved since the last successful one (<see cref="BuildInputs"/>) and
/// the output folder is as it left it, the build does nothing and reports what that one did. The preview passes false:
/// it builds only when its watcher saw a file change, and its cache in memory already reads only what changed.
/// </param>
/// <param name="BaseUrl">Overrides site.yml's base_url; its path (e.g. /news/) is put in front of every internal link.</param>
public sealed record BuildOptions(
    string InputFolder,
    string OutputFolder,
    string ThemeFolder,
    string? BaseUrl = null,
    bool IncludeDrafts = false,
    bool Strict = false,
    bool WriteOutput = true,
    Incremental.BuildCache? Cache = null,
    bool KeepStagingFolder = false,
    string? HeadersFile = null,

    DateTimeOffset? Now = null,
    bool IncludeFuture = false,
    bool SkipIfUnchanged = true);
