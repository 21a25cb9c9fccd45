using System.Buffers;
using System.Net;
using System.Text;

namespace Generator.Publishing;

/// <summary>
/// An attribute of a scanned tag and where its raw value sits in the page's UTF-8 (for splicing). The value is cut
/// out of the page and decoded only when asked for: the checks read a few attributes of each tag, not all of them.
/// </summary>
public readonly struct HtmlAttribute(ReadOnlyMemory<byte> page, int nameStart, int nameLength, int valueStart, int valueLength)
{
    // Longer values (rare: a data: address) are decoded into a string before they are shared.
    private const int LongestSharedOnTheStack = 512;

    public int ValueStart { get; } = valueStart;

    public int ValueLength { get; } = valueLength;

    /// <summary>Whether the attribute is <paramref name="lowerCaseName"/> (written in any letter case).</summary>
    public bool NameIs(string lowerCaseName) => Ascii.EqualsIgnoreCase(page.Span.Slice(nameStart, nameLength), lowerCaseName);

    /// <summary>The value with character references decoded (a new string on every call).</summary>
    public string Value => Raw.Contains((byte)'&') ? WebUtility.HtmlDecode(Encoding.UTF8.GetString(Raw)) : Encoding.UTF8.GetString(Raw);

    /// <summary>The value as the page writes it, character references and all.</summary>
    private ReadOnlySpan<byte> Raw => page.Span.Slice(ValueStart, ValueLength);

    /// <summary>The value as <paramref name="shared"/> holds it: no new string for a value met before.</summary>
    public string SharedValue(SharedStrings shared)
    {
        var raw = Raw;
        Span<char> characters = stackalloc char[LongestSharedOnTheStack];
        return !raw.Contains((byte)'&') && raw.Length <= characters.Length && Ascii.ToUtf16(raw, characters, out var written) == OperationStatus.Done
            ? shared.Get(characters[..written])
            : shared.Get(Value);
    }

    /// <summary>Whether the raw value contains <paramref name="word"/> as one of its space-separated words (a class).</summary>
    public bool HasWord(string word)
    {
        var raw = Raw;
        foreach (var range in raw.Split((byte)' '))
        {
            if (Ascii.Equals(raw[range], word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the value starts with <paramref name="prefix"/> (ASCII); decoded only when it has a character reference.</summary>
    public bool ValueStartsWith(string prefix)
    {
        var raw = Raw;
        return raw.Contains((byte)'&')
            ? Value.StartsWith(prefix, StringComparison.Ordinal)
            : raw.Length >= prefix.Length && Ascii.Equals(raw[..prefix.Length], prefix);
    }
}
