using System.Text;
using Generator.Content;
using Generator.Diagnostics;
using Generator.Rendering;

namespace Generator.Publishing;

/// <summary>
/// The writing step: writes every page and asset into a staging folder beside the output folder, and only when all
/// of it is written swaps it in place of the output (see <see cref="AtomicSwap"/>). If anything fails, the output
/// folder is left exactly as it was.
/// </summary>
public static class WriteSite
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <returns>How many files were written anew and how many kept unchanged; null when the site could not be written.</returns>
    public static WrittenFiles? Run(string outputFolder, IReadOnlyList<Page> pages, Theme theme, IReadOnlyList<AssetFile> assets, DiagnosticBag diagnostics)
    {
        var output = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        if (!IsSafeToReplace(output, diagnostics))
        {
            return null;
        }

        var parent = Path.GetDirectoryName(output)!;
        var prefix = $".{Path.GetFileName(output)}.staging-";
        RemoveLeftovers(parent, prefix);
        var staging = Path.Combine(parent, prefix + Environment.ProcessId);
        var unchanged = 0;
        try
        {
            Directory.CreateDirectory(staging);
            Parallel.ForEach(pages, page =>
            {
                var target = Prepare(staging, page.OutputPath);
                var old = Path.Combine(output, page.OutputPath);
                if (page.IsReused)
                {
                    UnchangedFile.Keep(old, target);
                    Interlocked.Increment(ref unchanged);
                    return;
                }

                var bytes = Utf8.GetBytes(page.Html);
                if (UnchangedFile.Holds(old, bytes))
                {
                    UnchangedFile.Keep(old, target);
                    Interlocked.Increment(ref unchanged);
                }
                else
                {
                    File.WriteAllBytes(target, bytes);
                }
            });

            var files = theme.Assets.Values.Select(a => (a.FullPath, a.OutputPath))
                .Concat(assets.Select(a => (a.FullPath, OutputPath: Path.Combine(InputFolder.AssetsFolder, a.RelativePath))));
            Parallel.ForEach(files, file =>
            {
                var target = Prepare(staging, file.OutputPath);
                var old = Path.Combine(output, file.OutputPath);
                if (UnchangedFile.Same(old, file.FullPath))
                {
                    UnchangedFile.Keep(old, target);
                    Interlocked.Increment(ref unchanged);
                }
                else
                {
                    File.Copy(file.FullPath, target, overwrite: true);
                }
            });

            AtomicSwap.Replace(output, staging);
            return new WrittenFiles(pages.Count + theme.Assets.Count + assets.Count - unchanged, unchanged);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.WholeFile(SourceFileReader.DisplayPathOf(output)), $"cannot write the site: {exception.Message}",
                "check that the output folder's parent is writable and the disk has space; the previous site was left as it was.");
            return null;
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

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
        foreach (var folder in Directory.EnumerateDirectories(parent, prefix + "*"))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <returns>The file's path under <paramref name="root"/>, its folder created.</returns>
    private static string Prepare(string root, string relativePath)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
