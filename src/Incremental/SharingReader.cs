namespace Generator.Incremental;

/// <summary>
/// Reads a cache file giving equal short strings as one object. An archive's records repeat the same slugs, words and
/// fingerprints tens of thousands of times (every article that links a term holds the term's slug and version; every
/// article's search entry holds the words of the language): read one string each, they were millions of objects that
/// every collection of the heap went through. Long strings (HTML, text) are rarely equal and are left as read.
/// </summary>
internal sealed class SharingReader(Stream stream) : CacheReader(stream)
{
    private const int LongestShared = 64;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public override string ReadString()
    {
        var value = base.ReadString();
        if (value.Length > LongestShared)
        {
            return value;
        }

        if (_read.TryGetValue(value, out var shared))
        {
            return shared;
        }

        _read.Add(value);
        return value;
    }
}
