namespace Generator.Publishing;

/// <summary>
/// One instance of each equal string, for what a build keeps of every page until the site checks run: the same few
/// thousand addresses (a term's page, the glossary, the front page) occur on most of the pages of a large site, and
/// would otherwise be held once per page. Made per build, so a long preview session does not accumulate them; safe to
/// use from parallel steps.
/// </summary>
/// <remarks>
/// Each thread keeps its own table, so a string is held at most once per thread (twice on two cores): a look-up is a
/// plain dictionary's, without a concurrent dictionary's locks and randomised hashing, millions of times on a large site.
/// </remarks>
public sealed class SharedStrings : IDisposable
{
    private readonly ThreadLocal<Table> _tables = new(() => new Table());

    public string Get(string value) => _tables.Value!.Get(value);

    /// <summary>The shared string equal to <paramref name="value"/>; a new string is made only the first time.</summary>
    public string Get(ReadOnlySpan<char> value)
    {
        var table = _tables.Value!;
        return table.BySpan.TryGetValue(value, out var shared) ? shared : table.Get(value.ToString());
    }

    public void Dispose() => _tables.Dispose();

    private sealed class Table
    {
        private readonly Dictionary<string, string> _strings;

        public Table()
        {
            _strings = new(StringComparer.Ordinal);
            BySpan = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> BySpan { get; }

        public string Get(string value)
        {
            if (!_strings.TryGetValue(value, out var shared))
            {
                _strings.Add(value, shared = value);
            }

            return shared;
        }
    }
}
