using System.Collections.Concurrent;
using System.Globalization;
using Generator.Incremental;

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
    /// The entry's folder when it holds every one of <paramref name="fileNames"/> as they were stored; null when it must
    /// be made. The manifest gives each file's length, hash, write time and inode. A file whose size, write time and
    /// inode are as stored is taken unread, as make takes a target (a rebuild of an archive would otherwise read every
    /// card it ever drew); a file whose stamp moved is read and must have the stored hash, so a damaged or
    /// half-deleted entry is made again.
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

            var stored = File.ReadAllLines(manifest).Select(line => line.Split(' ')).Where(fields => fields.Length == 5)
                .ToDictionary(fields => fields[0], StringComparer.Ordinal);
            return fileNames.All(name => stored.TryGetValue(name, out var fields) && Holds(Path.Combine(folder, name), fields)) ? folder : null;
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

    /// <summary>A file's line in an entry's manifest: its name, length, hash, write time and inode.</summary>
    private static string ManifestLine(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var stamp = FileStamp.Of(path) ?? throw new IOException($"{path} is gone");
        return string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(path)} {bytes.Length} {Hash(bytes)} {stamp.WrittenNanoseconds} {stamp.Inode}");
    }

    /// <summary>Whether the file is the one its manifest fields describe: by its stamp, or, when that moved, by its bytes.</summary>
    private static bool Holds(string path, string[] fields)
    {
        if (FileStamp.Of(path) is not { } stamp)
        {
            return false;
        }

        var length = stamp.Length.ToString(CultureInfo.InvariantCulture);
        if (length == fields[1] && stamp.WrittenNanoseconds.ToString(CultureInfo.InvariantCulture) == fields[3] && stamp.Inode.ToString(CultureInfo.InvariantCulture) == fields[4])
        {
            return true;
        }

        var bytes = File.ReadAllBytes(path);
        return bytes.Length.ToString(CultureInfo.InvariantCulture) == fields[1] && Hash(bytes) == fields[2];
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(System.IO.Hashing.XxHash128.Hash(bytes));
}
