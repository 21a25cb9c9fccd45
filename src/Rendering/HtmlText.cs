using System.Net;
using System.Text.RegularExpressions;

namespace Generator.Rendering;

/// <summary>
/// The text a reader reads in the generator's own HTML: tags dropped (a block's edges become a space, an inline
/// element's do not, so "<c>&lt;em&gt;Paris&lt;/em&gt;;</c>" reads "Paris;"), entities decoded, white space folded.
/// </summary>
public static partial class HtmlText
{
    public static string Of(string html) =>
        string.Join(' ', WebUtility.HtmlDecode(InlineTag().Replace(BlockTag().Replace(html, " "), "")).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"</?(?:p|li|ul|ol|dl|dt|dd|h[1-6]|blockquote|pre|table|tr|td|th|div|section|aside|figure|figcaption|br|hr)\b[^>]*>")]
    private static partial Regex BlockTag();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex InlineTag();
}
