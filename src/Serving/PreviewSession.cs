using System.Diagnostics;
using System.Text.Json;
using Generator.Diagnostics;
using Generator.Incremental;
using Generator.Pipeline;

namespace Generator.Serving;

/// <summary>
/// The editing loop behind <c>serve</c>: build, serve, and on every burst of saves rebuild and tell the open pages —
/// reload after a good build (or swap the stylesheets when only CSS changed), show the errors after a broken one while
/// the last good site keeps being served. A build is atomic, so a broken edit never takes the preview down.
/// </summary>
public sealed class PreviewSession : IDisposable
{
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(15);
    private readonly BuildOptions _options;
    private readonly TextWriter _log;
    private readonly PreviewEvents _events = new();
    private readonly Lock _buildGate = new();
    private readonly PreviewServer _server;
    private SiteWatcher? _watcher;
    private IReadOnlyList<string> _errors = [];

    public PreviewSession(BuildOptions options, string host, int port, string netlifyToml, TextWriter log)
    {
        // One cache for the whole session, kept in memory between builds, so an edit re-renders only what it affects;
        // one staging folder too, so a rebuild rewrites only the files that changed.
        _options = options with
        {
            Cache = options.Cache ?? new BuildCache(BuildCache.FolderFor(options.OutputFolder), keepInMemory: true),
            KeepStagingFolder = true,
            SkipIfUnchanged = false,
        };
        _log = log;
        _server = new PreviewServer(options.OutputFolder, host, port, HostingHeaders.Load(netlifyToml), _events, () => _errors);
    }

    public Uri Address => _server.Address;

    /// <summary>Raised after each rebuild with what it did; tests and the latency benchmark wait on it.</summary>
    public event Action<BuildResult>? Rebuilt;

    public BuildResult Start()
    {
        var result = Build();
        _server.Start();
        _watcher = new SiteWatcher([_options.InputFolder, _options.ThemeFolder], QuietPeriod, Rebuild);
        return result;
    }

    public Task RunAsync(CancellationToken stop) => _server.RunAsync(stop);

    private BuildResult Build()
    {
        lock (_buildGate)
        {
            var result = BuildPipeline.Run(_options);
            _errors = result.Succeeded ? [] : result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(Describe).ToList();
            return result;
        }
    }

    private void Rebuild(IReadOnlyCollection<string> changed)
    {
        var clock = Stopwatch.StartNew();
        var stylesBefore = Stylesheets();
        var result = Build();
        if (!result.Succeeded && result.Diagnostics.Any(d => d.Message.StartsWith("cannot read the file", StringComparison.Ordinal)))
        {
            // A file being saved can be briefly locked or missing; one more try after the editor is done.
            Thread.Sleep(50);
            result = Build();
        }

        if (result.Succeeded)
        {
            var onlyStyles = changed.All(path => path.EndsWith(".css", StringComparison.Ordinal));
            var stylesAfter = Stylesheets();
            if (onlyStyles && stylesBefore.Count > 0 && stylesBefore.Keys.SequenceEqual(stylesAfter.Keys))
            {
                var renamed = stylesBefore.ToDictionary(kv => kv.Value, kv => stylesAfter[kv.Key]);
                _events.Send("css", JsonSerializer.Serialize(renamed, PreviewJson.Default.DictionaryStringString));
            }
            else
            {
                _events.Send("reload", "{}");
            }

            var rewritten = result.Files?.Changed ?? 0;
            _log.WriteLine($"Rebuilt in {clock.ElapsedMilliseconds} ms ({changed.Count} file{(changed.Count == 1 ? "" : "s")} changed): " +
                $"{result.ArticlesRendered} of {result.Articles} article{(result.Articles == 1 ? "" : "s")} rendered, {rewritten} file{(rewritten == 1 ? "" : "s")} rewritten.");
        }
        else
        {
            _events.Send("errors", JsonSerializer.Serialize(_errors, PreviewJson.Default.IReadOnlyListString));
            _log.WriteLine($"The edit did not build; still serving the last good site. {_errors.Count} error(s):");
            foreach (var error in _errors)
            {
                _log.WriteLine("  " + error);
            }
        }

        Rebuilt?.Invoke(result);
    }

    /// <summary>The published stylesheets by name without their hash (site.css → /theme/site.3f2a9c1b04.css).</summary>
    private Dictionary<string, string> Stylesheets()
    {
        var folder = Path.Combine(_options.OutputFolder, "theme");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(folder, "*.css", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(_options.OutputFolder, path).Replace('\\', '/'))
            .ToDictionary(path => Unhashed(path), path => "/" + path, StringComparer.Ordinal);
    }

    private static string Unhashed(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var dot = name.LastIndexOf('.');
        return dot > 0 ? path[..(path.Length - Path.GetFileName(path).Length)] + name[..dot] : path;
    }

    private static string Describe(Diagnostic diagnostic) =>
        $"{diagnostic.Location}: {diagnostic.Message}{(diagnostic.Hint is null ? "" : $"\n    hint: {diagnostic.Hint}")}" +
        (diagnostic.Related is { } related ? $"\n  {related.Location}: {related.Message}" : "");

    /// <summary>
    /// Stops watching and serving, and waits for a build under way to finish: a page is on disk before its build has
    /// saved the cache, and whoever closes the session may remove the folders next (the latency benchmark does).
    /// </summary>
    public void Dispose()
    {
        _watcher?.Dispose();
        _server.Dispose();
        lock (_buildGate)
        {
            // Nothing to do: holding the gate once means the last build has returned.
        }
    }
}
