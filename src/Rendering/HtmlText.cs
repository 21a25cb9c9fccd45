using System.Buffers;
using System.Globalization;
using System.Net;

namespace Generator.Rendering;

/// <summary>
/// The text a reader reads in the generator's own HTML: tags dropped (a block's edges become a space, an inline
/// element's do not, so "<c>&lt;em&gt;Paris&lt;/em&gt;;</c>" reads "Paris;"), entities decoded, white space folded.
/// A tag runs from its <c>&lt;</c> to the next <c>&gt;</c>: the generator and the theme's partials escape attribute
/// values, so no <c>&gt;</c> is inside one.
/// </summary>
public static class HtmlText
{
    // The elements whose edges separate words.
    private static readonly string[] BlockNames =
        ["p", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th", "div", "section", "aside", "figure", "figcaption", "br", "hr"];

    public static string Of(string html)
    {
        var (buffer, length) = Rent(html, []);
        try
        {
            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The text of <paramref name="html"/> without the parts <paramref name="leftOut"/> (in order, apart), in a buffer
    /// from the shared pool, which the caller returns: an article's text is fingerprinted on every build, and making it
    /// a string at each step cost more than rendering its sections.
    /// </summary>
    public static (char[] Buffer, int Length) Rent(string html, IReadOnlyList<Range> leftOut)
    {
        var tagless = ArrayPool<char>.Shared.Rent(html.Length);
        try
        {
            var length = 0;
            var from = 0;
            foreach (var part in leftOut)
            {
                length = WithoutTags(html.AsSpan(from, part.Start.Value - from), tagless, length);
                from = part.End.Value;
            }

            length = WithoutTags(html.AsSpan(from), tagless, length);
            var text = tagless.AsSpan(0, length);
            // Most text has no entity; decoding makes a string only for text that has one.
            return Folded(text.Contains('&') ? WebUtility.HtmlDecode(new string(text)) : text);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(tagless);
        }
    }

    /// <summary>Appends the text of <paramref name="html"/> to <paramref name="into"/> at <paramref name="length"/>, a block tag as a space.</summary>
    private static int WithoutTags(ReadOnlySpan<char> html, char[] into, int length)
    {
        while (html.Length > 0)
        {
            var tag = html.IndexOf('<');
            var end = tag < 0 ? -1 : html[tag..].IndexOf('>');
            if (end < 0)
            {
                html.CopyTo(into.AsSpan(length));
                return length + html.Length;
            }

            html[..tag].CopyTo(into.AsSpan(length));
            length += tag;
            if (IsBlockTag(html.Slice(tag, end + 1)))
            {
                into[length++] = ' ';
            }

            html = html[(tag + end + 1)..];
        }

        return length;
    }

    /// <summary>The start or end tag of a block element: its name, then anything but a letter, digit or underscore.</summary>
    private static bool IsBlockTag(ReadOnlySpan<char> tag)
    {
        var name = tag[(tag.Length > 1 && tag[1] == '/' ? 2 : 1)..];
        foreach (var block in BlockNames)
        {
            if (name.StartsWith(block, StringComparison.Ordinal) && name.Length > block.Length && !IsWordCharacter(name[block.Length]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What a regular expression's <c>\w</c> matches.</summary>
    private static bool IsWordCharacter(char character) =>
        char.GetUnicodeCategory(character) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;

    /// <summary>The words of the text with one space between each two, in a buffer from the shared pool.</summary>
    private static (char[] Buffer, int Length) Folded(ReadOnlySpan<char> text)
    {
        var folded = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        var length = 0;
        var space = false;
        foreach (var character in text)
        {
            if (char.IsWhiteSpace(character))
            {
                space = length > 0;
                continue;
            }

            if (space)
            {
                folded[length++] = ' ';
                space = false;
            }

            folded[length++] = character;
        }

        return (folded, length);
    }
}
