using System.Collections.Concurrent;

namespace Generator.Images;

/// <summary>
/// Encoded photos and drawn cards kept between builds, in the build cache's own folder (<c>.site.cache/images/</c>):
/// one folder per key, the key a fingerprint of everything the files are made from (the source's bytes, the widths,
/// the encoders' settings and SkiaSharp's version; for a card its text, colours and fonts). A rebuild finds an
/// unchanged photo here and encodes nothing. Deleting the folder is safe: the next build encodes again.
/// </summary>
public sealed class ImageCache(string buildCacheFolder)
{
    private const string TemporarySuffix = ".tmp";
    private const string ManifestFile = "manifest.txt";
    private readonly ConcurrentDictionary<string, bool> _used = new(StringComparer.Ordinal);

    public string Folder { get; } = Path.Combine(buildCacheFolder, "images");

    /// <returns>
    /// The entry's folder when it holds every one of <paramref name="fileNames"/> as they were stored (its manifest
    /// gives each file's length and hash: a damaged or half-deleted entry is made again); null when it must be made.
    /// </returns>
    public string? Find(string key, IEnumerable<string> fileNames)
    {
        var folder = Path.Combine(Folder, key);
        _used[key] = true;
        try
        {
            var manifest = Path.Combine(folder, ManifestFile);
            if (!File.Exists(manifest))
            {
                return null;
            }

            var stored = File.ReadAllLines(manifest).ToHashSet(StringComparer.Ordinal);
            return fileNames.All(name => stored.Contains(ManifestLine(Path.Combine(folder, name)))) ? folder : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Makes an entry: <paramref name="write"/> writes its files into a new folder, which takes the entry's name only
    /// once it is complete, so a build killed halfway leaves no entry that looks whole.
    /// </summary>
    /// <returns>The entry's folder; null when <paramref name="write"/> failed (and nothing is kept).</returns>
    public string? Store(string key, Func<string, bool> write)
    {
        var folder = Path.Combine(Folder, key);
        var temporary = $"{folder}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}{TemporarySuffix}";
        Directory.CreateDirectory(temporary);
        if (!write(temporary))
        {
            Directory.Delete(temporary, recursive: true);
            return null;
        }

        var manifest = Directory.GetFiles(temporary).Order(StringComparer.Ordinal).Select(ManifestLine).ToList();
        File.WriteAllLines(Path.Combine(temporary, ManifestFile), manifest);

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.Move(temporary, folder);
        _used[key] = true;
        return folder;
    }

    /// <summary>After a successful build: forgets the entries it did not use (photos removed or changed), and leftovers of killed builds.</summary>
    public void RemoveUnused()
    {
        if (!Directory.Exists(Folder))
        {
            return;
        }

        foreach (var entry in Directory.EnumerateDirectories(Folder))
        {
            if (!_used.ContainsKey(Path.GetFileName(entry)))
            {
                Directory.Delete(entry, recursive: true);
            }
        }
    }

    /// <summary>A file's line in an entry's manifest: its name, length and hash; empty when the file is missing.</summary>
    private static string ManifestLine(string path)
    {
        if (!File.Exists(path))
        {
            return "";
        }

        var bytes = File.ReadAllBytes(path);
        return $"{Path.GetFileName(path)} {bytes.Length} {Convert.ToHexStringLower(System.IO.Hashing.XxHash128.Hash(bytes))}";
    }
}
