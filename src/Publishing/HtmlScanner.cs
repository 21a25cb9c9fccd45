using System.Buffers;
using System.Text;

namespace Generator.Publishing;

/// <summary>
/// A single forward pass over a page's tags, in the page's UTF-8: where their names and attributes and each value are,
/// so the checks can read links and ids and the rebasing step can splice addresses, without building a DOM or decoding
/// the page. Names are compared where they are written, never made into strings: a large site's pages have millions
/// of tags. The pages are the generator's own output (layouts and Markdig), so a tag tokenizer is enough; a full HTML
/// parser cost more than the whole rest of a build. Comments, the doctype and the text of script, style, textarea and
/// title are skipped, as a browser would.
/// </summary>
public static class HtmlScanner
{
    private static readonly string[] RawTextElements = ["script", "style", "textarea", "title"];

    // HTML's white space; the markup itself is ASCII, so no other character ends a name.
    private static readonly SearchValues<byte> WhiteSpace = SearchValues.Create(" \t\n\r\f"u8);
    private static readonly SearchValues<byte> TagNameEnd = SearchValues.Create(" \t\n\r\f/>"u8);
    private static readonly SearchValues<byte> AttributeNameEnd = SearchValues.Create(" \t\n\r\f=/>"u8);
    private static readonly SearchValues<byte> UnquotedValueEnd = SearchValues.Create(" \t\n\r\f>"u8);

    /// <summary>Calls <paramref name="onTag"/> for every start and end tag, in document order.</summary>
    public static void Scan(ReadOnlyMemory<byte> page, Action<HtmlTag> onTag)
    {
        var html = page.Span;
        var position = 0;
        var attributes = new List<HtmlAttribute>();
        while (position < html.Length && html[position..].IndexOf((byte)'<') is var found and >= 0)
        {
            position += found;
            if (html[position..].StartsWith("<!--"u8))
            {
                position = SkipPast(html, "-->"u8, position + 4);
                continue;
            }

            var isEnd = position + 1 < html.Length && html[position + 1] == '/';
            var nameStart = position + (isEnd ? 2 : 1);
            if (nameStart >= html.Length || !char.IsAsciiLetter((char)html[nameStart]))
            {
                // "<!DOCTYPE …>", "<?…>" or a lone "<" in text.
                position = html[nameStart - 1] is (byte)'!' or (byte)'?' ? SkipPast(html, ">"u8, position) : position + 1;
                continue;
            }

            var nameEnd = EndOf(html, nameStart, TagNameEnd);
            attributes.Clear();
            position = ReadAttributes(page, nameEnd, attributes);
            var tag = new HtmlTag(page, nameStart, nameEnd - nameStart, isEnd, attributes);
            onTag(tag);
            if (!isEnd && RawTextElement(tag) is { } rawText)
            {
                position = EndOfRawText(html, position, rawText);
            }
        }
    }

    private static string? RawTextElement(HtmlTag tag)
    {
        foreach (var name in RawTextElements)
        {
            if (tag.Is(name))
            {
                return name;
            }
        }

        return null;
    }

    /// <returns>The position after the tag's closing <c>&gt;</c>.</returns>
    private static int ReadAttributes(ReadOnlyMemory<byte> page, int position, List<HtmlAttribute> attributes)
    {
        var html = page.Span;
        while (position < html.Length)
        {
            var character = html[position];
            if (character == '>')
            {
                return position + 1;
            }

            if (WhiteSpace.Contains(character) || character == '/')
            {
                position++;
                continue;
            }

            var nameStart = position;
            position = EndOf(html, position, AttributeNameEnd);
            var nameLength = position - nameStart;
            position = SkipWhiteSpace(html, position);
            if (position >= html.Length || html[position] != '=')
            {
                attributes.Add(new HtmlAttribute(page, nameStart, nameLength, position, 0));
                continue;
            }

            position = SkipWhiteSpace(html, position + 1);
            int valueStart, valueEnd;
            if (position < html.Length && html[position] is (byte)'"' or (byte)'\'')
            {
                var quote = html[position];
                valueStart = position + 1;
                valueEnd = html[valueStart..].IndexOf(quote) is var length and >= 0 ? valueStart + length : html.Length;
                position = Math.Min(valueEnd + 1, html.Length);
            }
            else
            {
                valueStart = position;
                position = valueEnd = EndOf(html, position, UnquotedValueEnd);
            }

            attributes.Add(new HtmlAttribute(page, nameStart, nameLength, valueStart, valueEnd - valueStart));
        }

        return position;
    }

    private static int EndOf(ReadOnlySpan<byte> html, int from, SearchValues<byte> ends) =>
        html[from..].IndexOfAny(ends) is var length and >= 0 ? from + length : html.Length;

    private static int SkipWhiteSpace(ReadOnlySpan<byte> html, int from) =>
        html[from..].IndexOfAnyExcept(WhiteSpace) is var length and >= 0 ? from + length : html.Length;

    /// <summary>Where the end tag of a raw-text element (<c>&lt;/script</c>, in any letter case) starts.</summary>
    private static int EndOfRawText(ReadOnlySpan<byte> html, int from, string name)
    {
        for (var position = from; position < html.Length && html[position..].IndexOf("</"u8) is var found and >= 0; position += found + 2)
        {
            var nameStart = position + found + 2;
            if (nameStart + name.Length <= html.Length && Ascii.EqualsIgnoreCase(html.Slice(nameStart, name.Length), name))
            {
                return position + found;
            }
        }

        return html.Length;
    }

    private static int SkipPast(ReadOnlySpan<byte> html, ReadOnlySpan<byte> end, int from)
    {
        var at = from >= html.Length ? -1 : html[from..].IndexOf(end);
        return at < 0 ? html.Length : from + at + end.Length;
    }
}
