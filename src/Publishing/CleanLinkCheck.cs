namespace Generator.Publishing;

/// <summary>
/// What the last site check found nothing wrong with, kept with the build cache (<c>checked.bin</c>): the fingerprint
/// of what it read of the pages (<see cref="CheckSite.InputOf"/>) and every file its links led to. Given the same pages
/// (addresses, ids, links, images), every link leads where it led, every id is there and every page is reached as
/// before; so if every file the links led to is still a file of the site (other files coming or going cannot matter:
/// no link leads to them), the check has nothing to report either and is not run: at 10,000 articles that is three
/// million links resolved and walked from the front page, for an edit that changed no link and no id.
/// <para>
/// Only a clean check is remembered, so a warning is reported by every build until it is fixed. The memo vouches for
/// itself: a stale, damaged or missing file is a fingerprint no input has, which costs one check.
/// </para>
/// </summary>
public sealed class CleanLinkCheck(string path)
{
    private readonly Lazy<Memo?> _saved = new(() => ReadQuietly(path));
    private Memo? _recorded;
    private bool _changed;

    /// <summary>Whether the last check recorded was clean, read the same pages and every file it was led to is in <paramref name="files"/>.</summary>
    public bool Passed(string input, IReadOnlySet<string> files) =>
        (_changed ? _recorded : _saved.Value) is { } memo && memo.Input == input && memo.Targets.All(files.Contains);

    /// <summary>Records the check just run: what it read of the pages, and the files its links led to when it found
    /// nothing to report (null when it found something).</summary>
    public void Record(string input, IReadOnlyCollection<string>? targets)
    {
        _recorded = targets is null ? null : new Memo(input, [.. targets.Order(StringComparer.Ordinal)]);
        _changed = true;
    }

    /// <summary>Keeps the last check recorded for the next build (a new file put in place of the old one).</summary>
    public void Save()
    {
        if (!_changed)
        {
            return;
        }

        var temporary = path + ".tmp";
        using (var writer = new BinaryWriter(File.Create(temporary)))
        {
            writer.Write(Incremental.GeneratorVersion.Current);
            writer.Write(_recorded?.Input ?? "");
            writer.Write(_recorded?.Targets.Count ?? 0);
            foreach (var target in _recorded?.Targets ?? [])
            {
                writer.Write(target);
            }
        }

        File.Move(temporary, path, overwrite: true);
    }

    private static Memo? ReadQuietly(string path)
    {
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            using var reader = new BinaryReader(File.OpenRead(path));
            if (reader.ReadString() != Incremental.GeneratorVersion.Current)
            {
                return null;
            }

            var input = reader.ReadString();
            var count = reader.ReadInt32();
            // Each target takes at least a byte: a larger count is a damaged file, not an array to make.
            if (count < 0 || count > reader.BaseStream.Length - reader.BaseStream.Position)
            {
                return null;
            }

            var targets = new string[count];
            for (var index = 0; index < targets.Length; index++)
            {
                targets[index] = reader.ReadString();
            }

            return input.Length == 0 ? null : new Memo(input, targets);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private sealed record Memo(string Input, IReadOnlyList<string> Targets);
}
