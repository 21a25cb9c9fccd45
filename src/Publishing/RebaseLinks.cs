using AngleSharp.Dom;

namespace Generator.Publishing;

/// <summary>
/// Serves the site from a sub-path (<c>--base-url https://example.org/news/</c>): every root-relative address in a page
/// gets the path in front. Pages are written root-relative everywhere else, so this is the only place that knows.
/// </summary>
public static class RebaseLinks
{
    private static readonly string[] UrlAttributes = ["href", "src", "action", "poster"];

    public static void Run(IDocument document, string basePath)
    {
        var prefix = basePath.TrimEnd('/');
        if (prefix.Length == 0)
        {
            return;
        }

        foreach (var element in document.All)
        {
            foreach (var attribute in UrlAttributes)
            {
                var value = element.GetAttribute(attribute);
                if (value is not null && value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal))
                {
                    element.SetAttribute(attribute, prefix + value);
                }
            }
        }
    }
}
