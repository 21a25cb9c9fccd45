using System.Collections.Concurrent;
using System.Text;
using Generator.Content;

namespace Generator.StoryLinks;

/// <summary>
/// The articles a build without the last build's "Linked from" lists (a clean build) should expect other articles to
/// link to, read from the Markdown before any article is rendered. Such an article's page waits for every article's
/// links and is made once, with its list; without the guess it would be themed at once and then again. A guess only,
/// and either way wrong costs work, never a different page: an article expected but not linked is made with an empty
/// list, one linked but not expected is made again (<see cref="Backlinks.Changed"/>).
/// </summary>
public static class ExpectedTargets
{
    private static readonly byte[] Shorthand = Encoding.ASCII.GetBytes(FindStoryLinks.Scheme);

    /// <summary>
    /// The slugs of the articles whose address another article's Markdown holds where a link's address starts: after
    /// <c>(</c>, <c>&lt;</c>, a space or a quote (<c>[words](/slug/)</c>, <c>[name]: /slug/#section</c>), or after
    /// <c>article:</c>. Only files already held in memory are read (a clean build holds them all).
    /// </summary>
    public static IReadOnlySet<string> Of(IReadOnlyList<Article> articles)
    {
        var slugs = articles.Select(article => article.Slug).ToHashSet(StringComparer.Ordinal);
        var found = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        Parallel.ForEach(articles, article =>
        {
            foreach (var file in article.Files().Where(file => file.IsHeld))
            {
                Scan(file.Utf8, article.Slug, slugs, found);
            }
        });

        return found.Keys.ToHashSet(StringComparer.Ordinal);
    }

    private static void Scan(ReadOnlySpan<byte> text, string own, HashSet<string> slugs, ConcurrentDictionary<string, byte> found)
    {
        for (var at = text.IndexOf("/"u8); at >= 0; at = NextAfter(text, at, "/"u8))
        {
            if (at == 0 || text[at - 1] is (byte)'(' or (byte)'<' or (byte)' ' or (byte)'"' or (byte)'\'' or (byte)'\t')
            {
                Take(text[(at + 1)..], own, slugs, found);
            }
        }

        for (var at = text.IndexOf(Shorthand); at >= 0; at = NextAfter(text, at, Shorthand))
        {
            Take(text[(at + Shorthand.Length)..], own, slugs, found);
        }
    }

    /// <summary>Where <paramref name="value"/> is next found after position <paramref name="at"/>, or -1.</summary>
    private static int NextAfter(ReadOnlySpan<byte> text, int at, ReadOnlySpan<byte> value) => text[(at + 1)..].IndexOf(value) is var next and >= 0 ? at + 1 + next : -1;

    /// <summary>The slug the address begins with, when it is an article's (its first segment, up to a '/', '#', or the address's end).</summary>
    private static void Take(ReadOnlySpan<byte> address, string own, HashSet<string> slugs, ConcurrentDictionary<string, byte> found)
    {
        var end = address.IndexOfAny("/#)>\"' \t\n"u8);
        var segment = end < 0 ? address : address[..end];
        if (segment.Length == 0 || segment.Length > 200)
        {
            return;
        }

        Span<char> characters = stackalloc char[200];
        if (Encoding.UTF8.TryGetChars(segment, characters, out var length)
            && slugs.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(characters[..length], out var slug)
            && slug != own)
        {
            found.TryAdd(slug, 0);
        }
    }
}
