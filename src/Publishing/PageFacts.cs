namespace Generator.Publishing;

/// <summary>
/// What the site checks need to know about one finished page: the ids it defines, every address it uses (with the
/// article section it sits in, to find the source file), and how many images lack alternative text. Read once per
/// page; a page reused from the build cache brings its facts with it. Each link is kept once per page, in the order
/// it first occurs (a term linked ten times is checked once), except links to an element of the page itself that is
/// there: nothing is left to check of those.
/// </summary>
public sealed record PageFacts(IReadOnlyList<string> Ids, IReadOnlyList<PageLink> Links, int ImagesWithoutAlt)
{
    /// <summary>The facts of a file that is not a page (a feed): nothing to check.</summary>
    public static readonly PageFacts None = new([], [], 0);

    private string? _fingerprint;

    /// <summary>
    /// One fingerprint of the ids (in the order the page defines them), links and images without alt text, for the
    /// memo of a clean check (<see cref="CheckSite.InputOf"/>). Made once, when first asked, and kept with a reused page's
    /// facts in the build cache: an archive's pages hold millions of links, which would otherwise be hashed every build.
    /// </summary>
    public string Fingerprint
    {
        get => _fingerprint ??= FingerprintOf(Ids, Links, ImagesWithoutAlt);
        init => _fingerprint = value;
    }

    private static string FingerprintOf(IReadOnlyList<string> ids, IReadOnlyList<PageLink> links, int imagesWithoutAlt)
    {
        var fingerprint = new Incremental.Fingerprint().Add(imagesWithoutAlt).Add(ids.Count);
        foreach (var id in ids)
        {
            fingerprint.Add(id);
        }

        fingerprint.Add(links.Count);
        foreach (var link in links)
        {
            fingerprint.Add(link.Address).Add(link.Section);
        }

        return fingerprint.Finish();
    }

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
                if (tag.Is("section"))
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
            if (tag.Is("section"))
            {
                var isArticleSection = tag.TryGet("class", out var classes) && classes.HasWord("article-section");
                sections.Push(isArticleSection && !string.IsNullOrEmpty(id) ? id : enclosing);
            }

            // A form's action is an address of the site too (the header's search form leads to the search page).
            if (tag.TryGet("href", out var address) || tag.TryGet("src", out address) || tag.TryGet("action", out address))
            {
                // A link within the page ("#def_…", as every term link has) is its own: not worth a shared copy.
                var link = new PageLink(address.ValueStartsWith("#") ? address.Value : address.SharedValue(shared), enclosing);
                if (seen.Add(link))
                {
                    links.Add(link);
                }
            }

            if (tag.Is("img") && !tag.TryGet("alt", out _))
            {
                imagesWithoutAlt++;
            }
        });

        // Links to an element of the page itself are settled here, once its ids are known, rather than kept for the site
        // checks: they are most of an article page's links, and only one that finds no element needs reporting.
        var ownIds = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        links.RemoveAll(link => link.Address is ['#', _, ..] address &&
            (address.Contains('%') ? ids.Contains(Uri.UnescapeDataString(address[1..])) : ownIds.Contains(address.AsSpan(1))));
        // The ids as a list, in the order the page defines them: the checks make a set of a page's ids only when a link
        // asks for one of them, and a set per page is most of what reading the pages' records cost.
        return new PageFacts([.. ids], links.ToArray(), imagesWithoutAlt);
    }
}
