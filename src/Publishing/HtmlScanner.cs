namespace Generator.Publishing;

/// <summary>
/// A single forward pass over a page's tags: their names and attributes with the position of each value, so the
/// checks can read links and ids and the rebasing step can splice addresses, without building a DOM. The pages are the
/// generator's own output (layouts and Markdig), so a tag tokenizer is enough; a full HTML parser cost more than the
/// whole rest of a build. Comments, the doctype and the text of script, style, textarea and title are skipped, as a
/// browser would.
/// </summary>
public static class HtmlScanner
{
    private static readonly string[] RawTextElements = ["script", "style", "textarea", "title"];

    // The names the generator's pages use, given as these strings instead of a new one per tag: a large site's pages
    // have millions of tags.
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CommonNames = new[]
    {
        "a", "p", "li", "ol", "ul", "em", "strong", "span", "div", "section", "article", "aside", "nav", "header", "footer",
        "main", "h1", "h2", "h3", "h4", "figure", "figcaption", "img", "time", "dl", "dt", "dd", "sup", "blockquote",
        "details", "summary", "link", "meta", "script", "style", "title", "html", "head", "body", "br", "hr", "table",
        "tr", "td", "th", "thead", "tbody", "code", "pre", "wbr", "button", "abbr", "small",
        "id", "class", "href", "src", "alt", "rel", "role", "value", "name", "content", "type", "lang", "datetime",
        "aria-describedby", "aria-labelledby", "aria-label", "aria-hidden", "aria-expanded", "aria-controls",
        "data-term", "data-number", "hidden", "tabindex", "loading", "decoding", "open", "charset", "property",
    }.ToDictionary(name => name, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Calls <paramref name="onTag"/> for every start and end tag, in document order.</summary>
    public static void Scan(string html, Action<HtmlTag> onTag)
    {
        var position = 0;
        var attributes = new List<HtmlAttribute>();
        while ((position = html.IndexOf('<', position)) >= 0)
        {
            if (string.CompareOrdinal(html, position, "<!--", 0, 4) == 0)
            {
                position = SkipPast(html, "-->", position + 4);
                continue;
            }

            var isEnd = position + 1 < html.Length && html[position + 1] == '/';
            var nameStart = position + (isEnd ? 2 : 1);
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                // "<!DOCTYPE …>", "<?…>" or a lone "<" in text.
                position = html[nameStart - 1] is '!' or '?' ? SkipPast(html, ">", position) : position + 1;
                continue;
            }

            var nameEnd = nameStart;
            while (nameEnd < html.Length && !IsTagNameEnd(html[nameEnd]))
            {
                nameEnd++;
            }

            var name = LowerCaseName(html.AsSpan(nameStart, nameEnd - nameStart));
            attributes.Clear();
            position = ReadAttributes(html, nameEnd, attributes);
            onTag(new HtmlTag(name, isEnd, attributes));
            if (!isEnd && Array.IndexOf(RawTextElements, name) >= 0)
            {
                var close = html.IndexOf("</" + name, position, StringComparison.OrdinalIgnoreCase);
                position = close < 0 ? html.Length : close;
            }
        }
    }

    /// <returns>The position after the tag's closing <c>&gt;</c>.</returns>
    private static int ReadAttributes(string html, int position, List<HtmlAttribute> attributes)
    {
        while (position < html.Length)
        {
            var character = html[position];
            if (character == '>')
            {
                return position + 1;
            }

            if (char.IsWhiteSpace(character) || character == '/')
            {
                position++;
                continue;
            }

            var nameStart = position;
            while (position < html.Length && !char.IsWhiteSpace(html[position]) && html[position] is not ('=' or '>' or '/'))
            {
                position++;
            }

            var name = LowerCaseName(html.AsSpan(nameStart, position - nameStart));
            while (position < html.Length && char.IsWhiteSpace(html[position]))
            {
                position++;
            }

            if (position >= html.Length || html[position] != '=')
            {
                attributes.Add(new HtmlAttribute(name, html, position, 0));
                continue;
            }

            position++;
            while (position < html.Length && char.IsWhiteSpace(html[position]))
            {
                position++;
            }

            int valueStart, valueEnd;
            if (position < html.Length && html[position] is '"' or '\'')
            {
                var quote = html[position];
                valueStart = position + 1;
                valueEnd = html.IndexOf(quote, valueStart);
                valueEnd = valueEnd < 0 ? html.Length : valueEnd;
                position = Math.Min(valueEnd + 1, html.Length);
            }
            else
            {
                valueStart = position;
                while (position < html.Length && !char.IsWhiteSpace(html[position]) && html[position] != '>')
                {
                    position++;
                }

                valueEnd = position;
            }

            attributes.Add(new HtmlAttribute(name, html, valueStart, valueEnd - valueStart));
        }

        return position;
    }

    private static string LowerCaseName(ReadOnlySpan<char> name) =>
        CommonNames.TryGetValue(name, out var common) ? common : name.ToString().ToLowerInvariant();

    private static bool IsTagNameEnd(char character) => char.IsWhiteSpace(character) || character is '>' or '/';

    private static int SkipPast(string html, string end, int from)
    {
        var at = html.IndexOf(end, from, StringComparison.Ordinal);
        return at < 0 ? html.Length : at + end.Length;
    }
}
