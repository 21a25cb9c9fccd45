using System.Net;

namespace Generator.Publishing;

/// <summary>
/// An attribute of a scanned tag and where its raw value sits in the page (for splicing). The value is cut out of the
/// page and decoded only when asked for: the checks read a few attributes of each tag, not all of them.
/// </summary>
public readonly struct HtmlAttribute(string name, string page, int valueStart, int valueLength)
{
    public string Name { get; } = name;

    public int ValueStart { get; } = valueStart;

    public int ValueLength { get; } = valueLength;

    /// <summary>The value with character references decoded (a new string on every call).</summary>
    public string Value => Raw.Contains('&') ? WebUtility.HtmlDecode(Raw.ToString()) : Raw.ToString();

    /// <summary>The value as the page writes it, character references and all.</summary>
    private ReadOnlySpan<char> Raw => page.AsSpan(ValueStart, ValueLength);

    /// <summary>The value as <paramref name="shared"/> holds it: no new string for a value met before.</summary>
    public string SharedValue(SharedStrings shared) => Raw.Contains('&') ? shared.Get(Value) : shared.Get(Raw);

    /// <summary>Whether the raw value contains <paramref name="word"/> as one of its space-separated words (a class).</summary>
    public bool HasWord(string word)
    {
        var raw = Raw;
        foreach (var range in raw.Split(' '))
        {
            if (raw[range].SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the value starts with <paramref name="prefix"/>; made and decoded only when it has a character reference.</summary>
    public bool ValueStartsWith(string prefix) =>
        Raw.Contains('&') ? Value.StartsWith(prefix, StringComparison.Ordinal) : Raw.StartsWith(prefix, StringComparison.Ordinal);
}
