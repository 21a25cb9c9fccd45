using System.Collections.Concurrent;

namespace Generator.Publishing;

/// <summary>
/// One instance of each equal string, for what a build keeps of every page until the site checks run: the same few
/// thousand addresses (a term's page, the glossary, the front page) and ids occur on most of the pages of a large
/// site, and would otherwise be held once per page. Made per build, so a long preview session does not accumulate
/// them; safe to use from parallel steps.
/// </summary>
public sealed class SharedStrings
{
    private readonly ConcurrentDictionary<string, string> _strings;
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public SharedStrings()
    {
        _strings = new(StringComparer.Ordinal);
        _bySpan = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Get(string value) => _strings.GetOrAdd(value, value);

    /// <summary>The shared string equal to <paramref name="value"/>; a new string is made only the first time.</summary>
    public string Get(ReadOnlySpan<char> value) => _bySpan.TryGetValue(value, out var shared) ? shared : Get(value.ToString());
}
