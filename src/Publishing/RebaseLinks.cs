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
                else if (attribute.NameIs("srcset"))
                {
                    AddSrcsetCandidates(html.Span.Slice(attribute.ValueStart, attribute.ValueLength), attribute.ValueStart, insertAt);
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

    /// <summary>A srcset lists addresses separated by commas, each followed by its width: every root-relative one gets the prefix.</summary>
    private static void AddSrcsetCandidates(ReadOnlySpan<byte> value, int valueStart, List<int> insertAt)
    {
        var candidateStart = true;
        for (var index = 0; index < value.Length; index++)
        {
            var character = value[index];
            if (candidateStart && character is not ((byte)' ' or (byte)'\t' or (byte)'\n' or (byte)','))
            {
                if (character == '/' && (index + 1 == value.Length || value[index + 1] != '/'))
                {
                    insertAt.Add(valueStart + index);
                }

                candidateStart = false;
            }
            else if (character == ',')
            {
                candidateStart = true;
            }
        }
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
