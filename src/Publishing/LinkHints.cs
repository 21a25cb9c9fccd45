using Generator.Content.FrontMatter;

namespace Generator.Publishing;

/// <summary>
/// What to suggest for a broken internal link: the site's address nearest to the one written (by edit distance), and
/// for a missing <c>#fragment</c> the target page's ids nearest to it, so a slip of a letter is fixed from the message.
/// </summary>
public static class LinkHints
{
    /// <summary>Addresses and ids are compared up to this length; a runaway one would cost its length squared per candidate.</summary>
    private const int LongestCompared = 200;

    /// <param name="path">The address as written, without base path, fragment or query (<c>/storry/</c>).</param>
    /// <param name="files">The site's files (<c>story/index.html</c>, <c>assets/kyiv.jpg</c>).</param>
    /// <returns>The nearest address as a reader would link it (<c>/story/</c>), or null when none is near enough.</returns>
    public static string? NearestAddress(string path, IEnumerable<string> files)
    {
        var written = "/" + path.TrimStart('/');
        if (written.Length > LongestCompared)
        {
            return null;
        }

        var nearest = Nearest(written, files.Select(AddressOf), 1);
        return nearest is [var (address, distance)] && distance <= Math.Max(2, written.Length / 3) ? address : null;
    }

    /// <summary>Up to <paramref name="count"/> ids of the target page, nearest to the missing one first.</summary>
    public static IReadOnlyList<string> NearestIds(string fragment, IEnumerable<string> ids, int count = 3) =>
        fragment.Length > LongestCompared ? [] : Nearest(fragment, ids, count).Select(found => found.Candidate).ToList();

    /// <summary>A file of the site as it is linked: a folder's index.html by the folder's address.</summary>
    private static string AddressOf(string file) =>
        file == "index.html" ? "/" : file.EndsWith("/index.html", StringComparison.Ordinal) ? "/" + file[..^"index.html".Length] : "/" + file;

    private static List<(string Candidate, int Distance)> Nearest(string written, IEnumerable<string> candidates, int count) =>
        candidates
            .Where(candidate => candidate.Length <= LongestCompared)
            .Select(candidate => (Candidate: candidate, Distance: KeySuggestion.EditDistance(written, candidate)))
            .OrderBy(found => found.Distance)
            .ThenBy(found => found.Candidate, StringComparer.Ordinal)
            .Take(count)
            .ToList();
}
