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

    public static bool Run(string outputFolder, IReadOnlyList<Page> pages, Theme theme, IReadOnlyList<AssetFile> assets, DiagnosticBag diagnostics)
    {
        var output = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        if (!IsSafeToReplace(output, diagnostics))
        {
            return false;
        }

        var parent = Path.GetDirectoryName(output)!;
        var prefix = $".{Path.GetFileName(output)}.staging-";
        RemoveLeftovers(parent, prefix);
        var staging = Path.Combine(parent, prefix + Environment.ProcessId);
        try
        {
            Directory.CreateDirectory(staging);
            Parallel.ForEach(pages, page => WriteFile(staging, page.OutputPath, Utf8.GetBytes(page.Html)));
            foreach (var asset in theme.Assets.Values)
            {
                CopyFile(asset.FullPath, staging, asset.OutputPath);
            }

            foreach (var asset in assets)
            {
                CopyFile(asset.FullPath, staging, Path.Combine(InputFolder.AssetsFolder, asset.RelativePath));
            }

            AtomicSwap.Replace(output, staging);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.WholeFile(SourceFileReader.DisplayPathOf(output)), $"cannot write the site: {exception.Message}",
                "check that the output folder's parent is writable and the disk has space; the previous site was left as it was.");
            return false;
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }

        return true;
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

    private static void WriteFile(string root, string relativePath, byte[] bytes)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    private static void CopyFile(string source, string root, string relativePath)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(source, path, overwrite: true);
    }
}
