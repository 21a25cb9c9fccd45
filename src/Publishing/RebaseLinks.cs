using System.Net;
using System.Text;

namespace Generator.Publishing;

/// <summary>
/// Serves the site from a sub-path (<c>--base-url https://example.org/news/</c>): every root-relative address in a page
/// gets the path in front. Pages are written root-relative everywhere else, so this is the only place that knows.
/// </summary>
public static class RebaseLinks
{
    private static readonly string[] UrlAttributes = ["href", "src", "action", "poster"];

    /// <returns>The page as UTF-8, with the base path in front of each root-relative address.</returns>
    public static ReadOnlyMemory<byte> Run(ReadOnlyMemory<byte> html, string basePath)
    {
        var prefix = basePath.TrimEnd('/');
        if (prefix.Length == 0)
        {
            return html;
        }

        // The positions where the prefix goes, found in one scan; the page is then copied once with them spliced in.
        var insertAt = new List<int>();
        HtmlScanner.Scan(html, tag =>
        {
            for (var index = 0; index < tag.Attributes.Count; index++)
            {
                var attribute = tag.Attributes[index];
                if (IsUrlAttribute(attribute) && attribute.ValueStartsWith("/") && !attribute.ValueStartsWith("//"))
                {
                    insertAt.Add(attribute.ValueStart);
                }
            }
        });

        var encodedPrefix = Encoding.UTF8.GetBytes(WebUtility.HtmlEncode(prefix));
        var page = html.Span;
        var rebased = new byte[page.Length + (insertAt.Count * encodedPrefix.Length)];
        var copied = 0;
        var written = 0;
        foreach (var position in insertAt)
        {
            page[copied..position].CopyTo(rebased.AsSpan(written));
            written += position - copied;
            encodedPrefix.CopyTo(rebased.AsSpan(written));
            written += encodedPrefix.Length;
            copied = position;
        }

        page[copied..].CopyTo(rebased.AsSpan(written));
        return rebased;
    }

    private static bool IsUrlAttribute(HtmlAttribute attribute)
    {
        foreach (var name in UrlAttributes)
        {
            if (attribute.NameIs(name))
            {
                return true;
            }
        }

        return false;
    }
}
