using System.Collections.Concurrent;
using System.Text;
using Generator.Content;
using Generator.Diagnostics;
using Generator.Rendering;

namespace Generator.Publishing;

/// <summary>
/// Where a build writes the site: a folder beside the output folder that receives each page as soon as it is finished
/// (so no build holds every page in memory) and, when the whole build has succeeded, is swapped in place of the output
/// folder in one step (see <see cref="AtomicSwap"/>). A build that fails or is killed leaves the output folder exactly
/// as it was. A file whose bytes did not change is carried over as the same file (<see cref="UnchangedFile"/>).
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    // Old sites this process is removing in the background: the next build leaves them to it.
    private static readonly ConcurrentDictionary<string, bool> BeingRemoved = new(StringComparer.Ordinal);
    private readonly string _output;
    private readonly string _staging;
    // Folders known to exist in the staging folder: each is made once, and not by many threads at once, which makes
    // the file system serialise them on the parent folder's lock.
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private readonly bool _removeOldSiteInBackground;
    private bool _committed;
    private int _files;
    private int _unchanged;
    // Pages are written from parallel steps; the first failure is kept and reported when the build tries to commit.
    private Exception? _failure;

    private StagingFolder(string output, string staging, bool removeOldSiteInBackground)
    {
        _output = output;
        _staging = staging;
        _removeOldSiteInBackground = removeOldSiteInBackground;
    }

    /// <returns>The staging folder, or null (with an error) when the output folder must not or cannot be replaced.</returns>
    /// <param name="removeOldSiteInBackground">
    /// For the preview: the old site is removed after the build returns, so a rebuild is not slowed down by deleting
    /// hundreds of files. A command removes it before it returns.
    /// </param>
    public static StagingFolder? Open(string outputFolder, DiagnosticBag diagnostics, bool removeOldSiteInBackground = false)
    {
        var output = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        if (!IsSafeToReplace(output, diagnostics))
        {
            return null;
        }

        var parent = Path.GetDirectoryName(output)!;
        var prefix = $".{Path.GetFileName(output)}.staging-";
        try
        {
            Directory.CreateDirectory(parent);
            RemoveLeftovers(parent, prefix);
            var staging = Path.Combine(parent, prefix + Environment.ProcessId);
            Directory.CreateDirectory(staging);
            var folder = new StagingFolder(output, staging, removeOldSiteInBackground);
            folder.MirrorFolders();
            return folder;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            ReportWriteError(output, exception, diagnostics);
            return null;
        }
    }

    /// <summary>Writes one finished page; safe to call from parallel steps. A failure is reported by <see cref="Commit"/>.</summary>
    public void Write(Page page) => Guard(() =>
    {
        var target = Prepare(page.OutputPath);
        var old = Path.Combine(_output, page.OutputPath);
        Interlocked.Increment(ref _files);
        if (page.IsReused)
        {
            UnchangedFile.Keep(old, target);
            Interlocked.Increment(ref _unchanged);
            return;
        }

        var bytes = Utf8.GetBytes(page.Html);
        if (UnchangedFile.Holds(old, bytes))
        {
            UnchangedFile.Keep(old, target);
            Interlocked.Increment(ref _unchanged);
        }
        else
        {
            File.WriteAllBytes(target, bytes);
        }
    });

    /// <summary>Copies the theme's assets and the content's assets (photos) under their output paths.</summary>
    public void CopyAssets(Theme theme, IReadOnlyList<AssetFile> assets) => Guard(() =>
    {
        var files = theme.Assets.Values.Select(a => (a.FullPath, a.OutputPath))
            .Concat(assets.Select(a => (a.FullPath, OutputPath: Path.Combine(InputFolder.AssetsFolder, a.RelativePath))));
        Parallel.ForEach(files, file =>
        {
            var target = Prepare(file.OutputPath);
            var old = Path.Combine(_output, file.OutputPath);
            Interlocked.Increment(ref _files);
            if (UnchangedFile.Same(old, file.FullPath))
            {
                UnchangedFile.Keep(old, target);
                Interlocked.Increment(ref _unchanged);
            }
            else
            {
                File.Copy(file.FullPath, target, overwrite: true);
            }
        });
    });

    /// <summary>Puts the staged site in place of the output folder.</summary>
    /// <returns>How many files have new bytes and how many were kept; null (with an error) when the swap failed.</returns>
    public WrittenFiles? Commit(DiagnosticBag diagnostics)
    {
        if (_failure is not null)
        {
            ReportWriteError(_output, _failure, diagnostics);
            return null;
        }

        try
        {
            AtomicSwap.Replace(_output, _staging);
            _committed = true;
            return new WrittenFiles(_files - _unchanged, _unchanged);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            ReportWriteError(_output, exception, diagnostics);
            return null;
        }
    }

    /// <summary>Removes the staging folder: after a commit it holds the old site, after a failure the unfinished new one.</summary>
    public void Dispose()
    {
        if (!Directory.Exists(_staging))
        {
            return;
        }

        if (!_committed || !_removeOldSiteInBackground)
        {
            Directory.Delete(_staging, recursive: true);
            return;
        }

        // Renamed first, so the next build's staging folder never meets it; a leftover (the process ended first) has
        // the staging folders' prefix, so the next build removes it.
        var removed = $"{_staging}.old-{Guid.NewGuid():N}";
        Directory.Move(_staging, removed);
        BeingRemoved[removed] = true;
        _ = Task.Run(() =>
        {
            RemoveQuietly(removed);
            BeingRemoved.TryRemove(removed, out _);
        });
    }

    private static void ReportWriteError(string output, Exception exception, DiagnosticBag diagnostics) =>
        diagnostics.Error(SourceLocation.WholeFile(SourceFileReader.DisplayPathOf(output)), $"cannot write the site: {exception.Message}",
            "check that the output folder's parent is writable and the disk has space; the previous site was left as it was.");

    /// <summary>Replacing a folder deletes what was in it: refuse anything that does not look like a site this generator wrote.</summary>
    private static bool IsSafeToReplace(string output, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(output) || !Directory.EnumerateFileSystemEntries(output).Any() || File.Exists(Path.Combine(output, "index.html")))
        {
            return true;
        }

        diagnostics.Error(SourceLocation.WholeFile(SourceFileReader.DisplayPathOf(output)),
            "the output folder is not empty and does not look like a generated site (it has no index.html), so it was not replaced",
            "choose another --output folder, or empty this one if its contents can go.");
        return false;
    }

    /// <summary>A build killed while writing leaves its staging folder behind; the next build clears it away.</summary>
    private static void RemoveLeftovers(string parent, string prefix)
    {
        foreach (var folder in Directory.EnumerateDirectories(parent, prefix + "*").Where(folder => !BeingRemoved.ContainsKey(folder)))
        {
            RemoveQuietly(folder);
        }
    }

    /// <summary>Removes a folder another removal (an old site still being deleted in the background) may be emptying too.</summary>
    private static void RemoveQuietly(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Gone already, or going: nothing of the new site is in it.
        }
    }

    private void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Interlocked.CompareExchange(ref _failure, exception, null);
        }
        catch (AggregateException exception) when (exception.InnerExceptions.All(e => e is IOException or UnauthorizedAccessException))
        {
            Interlocked.CompareExchange(ref _failure, exception.InnerExceptions[0], null);
        }
    }

    /// <returns>The file's path in the staging folder, its folder created.</returns>
    private string Prepare(string relativePath)
    {
        var path = Path.Combine(_staging, relativePath);
        var folder = Path.GetDirectoryName(path)!;
        if (!_folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _folders[folder] = true;
        }

        return path;
    }

    /// <summary>Makes the old site's folders in the staging folder, one after another: most pages go where they were.</summary>
    private void MirrorFolders()
    {
        _folders[_staging] = true;
        if (!Directory.Exists(_output))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(_output, "*", SearchOption.AllDirectories))
        {
            var mirrored = Path.Combine(_staging, Path.GetRelativePath(_output, folder));
            Directory.CreateDirectory(mirrored);
            _folders[mirrored] = true;
        }
    }
}
