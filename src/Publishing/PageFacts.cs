namespace Generator.Publishing;

/// <summary>
/// What the site checks need to know about one finished page: the ids it defines, every address it uses (with the
/// article section it sits in, to find the source file), and how many images lack alternative text. Read once per
/// page; a page reused from the build cache brings its facts with it. Each link is kept once per page, in the order
/// it first occurs (a term linked ten times is checked once).
/// </summary>
public sealed record PageFacts(IReadOnlySet<string> Ids, IReadOnlyList<PageLink> Links, int ImagesWithoutAlt)
{
    /// <summary>The facts of a file that is not a page (a feed): nothing to check.</summary>
    public static readonly PageFacts None = new(new HashSet<string>(), [], 0);

    /// <param name="html">The page as UTF-8.</param>
    /// <param name="shared">Where equal addresses and ids of different pages become one string.</param>
    public static PageFacts Read(ReadOnlyMemory<byte> html, SharedStrings shared)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<PageLink>();
        var seen = new HashSet<PageLink>();
        var imagesWithoutAlt = 0;
        // Open <section> elements, each with the id of the innermost article section it is in (null outside one).
        var sections = new Stack<string?>();
        HtmlScanner.Scan(html, tag =>
        {
            if (tag.IsEnd)
            {
                if (tag.Name == "section")
                {
                    sections.TryPop(out _);
                }

                return;
            }

            string? id = null;
            if (tag.TryGet("id", out var idAttribute))
            {
                id = idAttribute.SharedValue(shared);
                ids.Add(id);
            }

            var enclosing = sections.TryPeek(out var open) ? open : null;
            if (tag.Name == "section")
            {
                var isArticleSection = tag.TryGet("class", out var classes) && classes.HasWord("article-section");
                sections.Push(isArticleSection && !string.IsNullOrEmpty(id) ? id : enclosing);
            }

            if (tag.TryGet("href", out var address) || tag.TryGet("src", out address))
            {
                var link = new PageLink(address.SharedValue(shared), enclosing);
                if (seen.Add(link))
                {
                    links.Add(link);
                }
            }

            if (tag.Name == "img" && !tag.TryGet("alt", out _))
            {
                imagesWithoutAlt++;
            }
        });

        return new PageFacts(ids, links.ToArray(), imagesWithoutAlt);
    }
}
