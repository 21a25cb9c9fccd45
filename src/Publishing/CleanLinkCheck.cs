using Generator.Incremental;

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
    private readonly Lazy<Memo?> _saved = new(() => CacheFormat.ReadCleanCheck(path, GeneratorVersion.Current));
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

    /// <summary>Keeps the last check recorded for the next build; after a check with problems there is nothing to keep.</summary>
    public void Save()
    {
        if (!_changed)
        {
            return;
        }

        if (_recorded is null)
        {
            File.Delete(path);
            return;
        }

        CacheFormat.WriteCleanCheck(path, GeneratorVersion.Current, _recorded);
    }

    /// <summary>A clean check: the fingerprint of what it read of the pages, and the files its links led to.</summary>
    public sealed record Memo(string Input, IReadOnlyList<string> Targets);
}
