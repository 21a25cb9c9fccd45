namespace Generator.Publishing;

/// <summary>
/// What the site checks need to know about one finished page: the ids it defines, every address it uses (with the
/// article section it sits in, to find the source file), and how many images lack alternative text. Read once per
/// page; a page reused from the build cache brings its facts with it. Each link is kept once per page, in the order
/// it first occurs (a term linked ten times is checked once).
/// </summary>
public sealed record PageFacts(IReadOnlySet<string> Ids, IReadOnlyList<PageLink> Links, int ImagesWithoutAlt)
{
    /// <param name="shared">Where equal addresses and ids of different pages become one string.</param>
    public static PageFacts Read(string html, SharedStrings shared)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<PageLink>();
        var seen = new HashSet<PageLink>();
        var imagesWithoutAlt = 0;
        // Open <section> elements, with the id of those that are article sections (null for the others).
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

            var id = tag["id"];
            if (id is not null)
            {
                ids.Add(shared.Get(id));
            }

            if (tag.Name == "section")
            {
                var isArticleSection = tag["class"]?.Split(' ').Contains("article-section") == true;
                sections.Push(isArticleSection && !string.IsNullOrEmpty(id) ? id : null);
            }

            if ((tag["href"] ?? tag["src"]) is { } address)
            {
                var link = new PageLink(shared.Get(address), sections.FirstOrDefault(section => section is not null));
                if (seen.Add(link))
                {
                    links.Add(link);
                }
            }

            if (tag.Name == "img" && tag["alt"] is null)
            {
                imagesWithoutAlt++;
            }
        });

        return new PageFacts(ids, links.ToArray(), imagesWithoutAlt);
    }
}
