namespace Generator.Serving;

/// <summary>
/// Watches the input and theme folders and reports each burst of changes once, after a short quiet period: editors
/// save through temporary files and renames, several events per save. Swap, backup and lock files are ignored.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Lock _gate = new();
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly Timer _timer;
    private readonly TimeSpan _quiet;

    public SiteWatcher(IEnumerable<string> folders, TimeSpan quiet, Action<IReadOnlyCollection<string>> changed)
    {
        _quiet = quiet;
        _timer = new Timer(_ =>
        {
            string[] paths;
            lock (_gate)
            {
                paths = [.. _pending];
                _pending.Clear();
            }

            if (paths.Length > 0)
            {
                changed(paths);
            }
        });

        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Note(e.FullPath);
            watcher.Created += (_, e) => Note(e.FullPath);
            watcher.Deleted += (_, e) => Note(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Note(e.OldFullPath);
                Note(e.FullPath);
            };
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Editors' temporary files: vim's .swp/.swx and 4913 probe, emacs' .#lock and backup~, other tools' .tmp.</summary>
    public static bool IsIgnored(string path)
    {
        var name = Path.GetFileName(path);
        return name.Length == 0 || name.StartsWith('.') || name.EndsWith('~') || name == "4913" ||
            name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal) ||
            name.EndsWith(".swo", StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.Ordinal) ||
            name.EndsWith(".crdownload", StringComparison.Ordinal);
    }

    private void Note(string path)
    {
        if (IsIgnored(path))
        {
            return;
        }

        lock (_gate)
        {
            _pending.Add(path);
            _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _timer.Dispose();
    }
}
