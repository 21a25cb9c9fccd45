namespace Generator.Publishing;

/// <summary>
/// What the site checks need to know about one finished page: the ids it defines, every address it uses (with the
/// article section it sits in, to find the source file), and how many images lack alternative text. Read once per
/// page; a page reused from the build cache brings its facts with it.
/// </summary>
public sealed record PageFacts(IReadOnlySet<string> Ids, IReadOnlyList<PageLink> Links, int ImagesWithoutAlt)
{
    public static PageFacts Read(string html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<PageLink>();
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
                ids.Add(id);
            }

            if (tag.Name == "section")
            {
                var isArticleSection = tag["class"]?.Split(' ').Contains("article-section") == true;
                sections.Push(isArticleSection && !string.IsNullOrEmpty(id) ? id : null);
            }

            if ((tag["href"] ?? tag["src"]) is { } address)
            {
                links.Add(new PageLink(address, sections.FirstOrDefault(section => section is not null)));
            }

            if (tag.Name == "img" && tag["alt"] is null)
            {
                imagesWithoutAlt++;
            }
        });

        return new PageFacts(ids, links, imagesWithoutAlt);
    }
}
