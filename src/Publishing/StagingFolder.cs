using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using Generator.Content;
using Generator.Diagnostics;
using Generator.Incremental;
using Generator.Rendering;

namespace Generator.Publishing;

/// <summary>
/// Where a build writes the site: a folder beside the output folder that receives each page as soon as it is finished
/// (so no build holds every page in memory) and, when the whole build has succeeded, is swapped in place of the output
/// folder in one step (see <see cref="AtomicSwap"/>). A build that fails or is killed leaves the output folder exactly
/// as it was. A file whose bytes did not change is carried over as the same file (<see cref="UnchangedFile"/>).
/// <para>
/// The preview keeps the folder after the swap, when it holds the site just replaced, and the next rebuild starts from
/// it (<see cref="RecycledFiles"/>): most of its files are already hard links of the live site's, so a rebuild touches
/// only the files that changed instead of making hundreds of folders and links. A file is never written into: new
/// bytes always go to a new file, because the one at that path may be the live site's own.
/// </para>
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _output;
    private readonly string _staging;
    // Folders known to exist in the staging folder: each is made once, and not by many threads at once, which makes
    // the file system serialise them on the parent folder's lock.
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    // Every file the build writes, from every thread: made the kept folder's size at once when there is one (growing
    // a table stops every thread writing to it, and an archive's site is 77,000 files).
    private ConcurrentDictionary<string, bool> _written = new(StringComparer.Ordinal);
    private readonly bool _keepForNextBuild;
    private RecycledFiles _recycled;
    // The kept folder's device, for its listed inode numbers (none for a new folder, whose files were all written now).
    private ulong? _stagingDevice;
    private int _files;
    private int _unchanged;
    // Pages are written from parallel steps; the first failure is kept and reported when the build tries to commit.
    private Exception? _failure;

    private StagingFolder(string output, string staging, bool keepForNextBuild)
    {
        _output = output;
        _staging = staging;
        _keepForNextBuild = keepForNextBuild;
        _recycled = RecycledFiles.None(staging);
    }

    /// <returns>The staging folder, or null (with an error) when the output folder must not or cannot be replaced.</returns>
    /// <param name="keepForNextBuild">
    /// For the preview: the folder is kept after the build (after a swap it holds the replaced site) and the next build
    /// of this process starts from it. A command removes it before it returns.
    /// </param>
    /// <param name="keptFolder">
    /// For a build with a build cache: the folder in the cache (beside the output folder, on its file system) where the
    /// replaced site is kept after the build, and which the next build, of any process, starts from. Its files are hard
    /// links of the live site's, so keeping it costs little room, and a rebuild then makes and removes only the files
    /// and folders that changed instead of mirroring and deleting an archive's hundred thousand.
    /// </param>
    public static StagingFolder? Open(string outputFolder, DiagnosticBag diagnostics, bool keepForNextBuild = false, string? keptFolder = null)
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
            var staging = keptFolder is null ? Path.Combine(parent, prefix + Environment.ProcessId) : Path.GetFullPath(keptFolder);
            RemoveLeftovers(parent, prefix, keepForNextBuild ? staging : null);
            var keep = keepForNextBuild || keptFolder is not null;
            if (keptFolder is not null)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(staging)!);
            }

            var folder = new StagingFolder(output, staging, keep);
            if (keep && Directory.Exists(staging))
            {
                folder.Recycle();
            }
            else
            {
                Directory.CreateDirectory(staging);
                folder.MirrorFolders();
            }

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
        if (page.IsReused)
        {
            var (target, occupied, inode) = Prepare(page.OutputPath);
            Interlocked.Increment(ref _files);
            Carry(Path.Combine(_output, page.OutputPath), target, occupied, inode);
            return;
        }

        WriteBytes(page.OutputPath, page.Utf8);
    });

    /// <summary>Writes one file made by the build (an encoded photo, a card); safe to call from parallel steps.</summary>
    public void WriteFile(string outputPath, ReadOnlyMemory<byte> contents) => Guard(() => WriteBytes(outputPath, contents));

    private void WriteBytes(string outputPath, ReadOnlyMemory<byte> bytes)
    {
        if (Claim(outputPath, old => UnchangedFile.Holds(old, bytes.Span)) is { } target)
        {
            // CreateNew: never into an existing file, which could be a hard link of the live site's.
            using var file = File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write);
            RandomAccess.Write(file, bytes.Span, fileOffset: 0);
        }
    }

    /// <summary>
    /// Takes an output path for a file: when <paramref name="isUnchanged"/> says the old site's file (its path given) is
    /// already the one to publish, carries it over and returns null; otherwise frees the place in the staging folder
    /// and returns it, for the caller to make the file there as a new file.
    /// </summary>
    private string? Claim(string outputPath, Func<string, bool> isUnchanged)
    {
        var (target, occupied, inode) = Prepare(outputPath);
        var old = Path.Combine(_output, outputPath);
        Interlocked.Increment(ref _files);
        if (isUnchanged(old))
        {
            Carry(old, target, occupied, inode);
            return null;
        }

        if (occupied)
        {
            File.Delete(target);
        }

        return target;
    }

    /// <summary>Copies one file made earlier (a content asset) under its output path; safe to call from parallel steps.</summary>
    public void CopyFile(string fullPath, string outputPath) => Guard(() => Copy(fullPath, outputPath));

    /// <summary>
    /// Publishes a file of the image cache under its output path as the same file (a hard link; a copy where the cache
    /// is on another disk): the cache never writes into a file it stored, so the site's file and the cache's can be
    /// one, and a rebuild knows the site still holds it by its inode, without reading either. Safe to call from
    /// parallel steps.
    /// </summary>
    public void LinkFile(string cachedPath, string outputPath) => Guard(() =>
    {
        if (Claim(outputPath, old => FileIdentity.Same(old, cachedPath)) is { } target)
        {
            UnchangedFile.Keep(cachedPath, target);
        }
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
            _recycled.RemoveUnclaimed();
            AtomicSwap.Replace(_output, _staging);
            return new WrittenFiles(_files - _unchanged, _unchanged);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            _failure = exception;
            ReportWriteError(_output, exception, diagnostics);
            return null;
        }
    }

    /// <summary>
    /// Removes the staging folder (after a commit it holds the old site, after a failure the unfinished new one), unless
    /// it is kept for the next build. A folder that could not be written is never kept: the next build starts anew.
    /// </summary>
    public void Dispose()
    {
        if ((_keepForNextBuild && _failure is null) || !Directory.Exists(_staging))
        {
            return;
        }

        RemoveQuietly(_staging);
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
    private static void RemoveLeftovers(string parent, string prefix, string? kept)
    {
        foreach (var folder in Directory.EnumerateDirectories(parent, prefix + "*").Where(folder => folder != kept))
        {
            RemoveQuietly(folder);
        }
    }

    /// <summary>Removes a folder another process's build may be removing too.</summary>
    private static void RemoveQuietly(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Gone already, or going: nothing of the live site is in it.
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

    /// <summary>
    /// The file's path in the staging folder, its folder created, and whether a file is already there (kept from an
    /// earlier site, or written before in this build): it must then be replaced, never written into. For a file the
    /// kept folder held, its inode number as listed when the folder was opened (0 when not known, or written since).
    /// </summary>
    private (string Path, bool Occupied, ulong Inode) Prepare(string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(_staging, relativePath));
        var folder = Path.GetDirectoryName(path)!;
        if (!_folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _folders[folder] = true;
        }

        var recycled = _recycled.Claim(path, out var inode);
        var writtenBefore = !_written.TryAdd(path, true);
        return (path, writtenBefore || recycled, writtenBefore ? 0 : inode);
    }

    private void Copy(string fullPath, string outputPath)
    {
        if (Claim(outputPath, old => UnchangedFile.Same(old, fullPath)) is { } target)
        {
            File.Copy(fullPath, target, overwrite: false);
        }
    }

    /// <summary>
    /// Puts the old site's file at <paramref name="target"/> as the same file, unless it is there already: known by the
    /// inode number the kept folder listed for it (one look-up, of the old file), or else by asking for both.
    /// </summary>
    private void Carry(string old, string target, bool occupied, ulong listedInode)
    {
        Interlocked.Increment(ref _unchanged);
        if (occupied)
        {
            var same = listedInode != 0 && _stagingDevice is { } device
                ? FileStamp.Of(old) is { } stamp && (stamp.Device, stamp.Inode) == (device, listedInode)
                : FileIdentity.Same(old, target);
            if (same)
            {
                return;
            }

            File.Delete(target);
        }

        UnchangedFile.Keep(old, target);
    }

    /// <summary>Starts from what the kept folder holds (the site the last build replaced): files to claim, folders that exist.</summary>
    private void Recycle()
    {
        // Every file under the kept folder is on its file system: an inode number it lists is one of that device's.
        _stagingDevice = FileStamp.Of(_staging)?.Device;
        _recycled = RecycledFiles.Under(_staging);
        _written = ConcurrentTable.Sized<bool>(_recycled.FileCount);
        _folders[_staging] = true;
        foreach (var folder in _recycled.Folders)
        {
            _folders[folder] = true;
        }
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
            _recycled.AddFolder(mirrored);
        }
    }
}
