using System.Collections.Concurrent;

namespace Generator.Search;

/// <summary>
/// One string for each word a build reads for the index, shared by every result that has it. The results' words are
/// held until the index is written, after the last article: at 10,000 articles that is over sixteen million words, and
/// a string of its own for each was a gigabyte. Safe to use from parallel steps.
/// </summary>
public sealed class SharedWords
{
    private readonly ConcurrentDictionary<string, string> _words = new(StringComparer.Ordinal);

    /// <summary>The word's one string, made the first time the build reads it.</summary>
    public string Of(ReadOnlySpan<char> word)
    {
        if (_words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var shared))
        {
            return shared;
        }

        var made = word.ToString();
        return _words.GetOrAdd(made, made);
    }
}
