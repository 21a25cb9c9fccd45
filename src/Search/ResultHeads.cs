using System.Text.Json;

namespace Generator.Search;

/// <summary>
/// What the search script shows of a result before its text arrives: its head, <c>[title, address]</c> and, for a
/// section, its article's title. Each shard and prefix summary carries, under <c>_heads</c>, the heads of the results
/// its words rank among their first <see cref="ShownResults"/> (<see cref="Leading"/>); the eight results a query word
/// ranks first are always among those of one of the index words it matches, so for a query of one word the script shows
/// its list as soon as it is ranked. Heads are kept by page number in the index's state, and a page whose heads changed
/// makes its words count as changed (<see cref="Since"/>), so every shard and summary showing it is written again.
/// </summary>
public static class ResultHeads
{
    /// <summary>The results the header's list shows (search.js: <c>best(hits, 8)</c>): a word's first this many carry their heads.</summary>
    public const int ShownResults = 8;

    /// <summary>
    /// A page's heads, one per result (its opening and each section, or a term): <c>[title, address]</c>, and for a
    /// section its article's title after them, as JSON.
    /// </summary>
    public static string[] Of(SearchPage page, bool isTerm) =>
        page.Parts.Select((part, index) => System.Text.Encoding.UTF8.GetString(SearchIndexFiles.Json(writer =>
        {
            writer.WriteStartArray();
            writer.WriteStringValue(part.Title);
            writer.WriteStringValue(part.Url);
            if (!isTerm && index > 0)
            {
                writer.WriteStringValue(page.Title);
            }

            writer.WriteEndArray();
        }))).ToArray();

    /// <summary>
    /// An article's heads file, <c>h/&lt;number&gt;.json</c>: its heads in part order, as one JSON array. A query of
    /// several words can rank first a result that none of its words ranks among its first eight; the script fetches
    /// this small file to show that result's title, rather than waiting for its article's text (about 12 times larger on the benchmark archive).
    /// </summary>
    public static byte[] File(string[] heads) => SearchIndexFiles.Json(writer =>
    {
        writer.WriteStartArray();
        foreach (var head in heads)
        {
            writer.WriteRawValue(head, skipInputValidation: true);
        }

        writer.WriteEndArray();
    });

    /// <summary>
    /// The page's heads as this build has them: the last build's very array when they are the same (so the cache does
    /// not write them again); otherwise the new ones, and every word of the page counts as changed.
    /// </summary>
    public static string[] Since(IReadOnlyList<string[]> previous, int number, string[] heads, IReadOnlyList<IReadOnlyCollection<KeyValuePair<string, int>>> scores, HashSet<string> changed)
    {
        if (number < previous.Count && previous[number].AsSpan().SequenceEqual(heads))
        {
            return previous[number];
        }

        foreach (var part in scores)
        {
            changed.UnionWith(part.Select(word => word.Key));
        }

        return heads;
    }

    /// <summary>
    /// The results a word (or a summary) ranks first: its best <see cref="ShownResults"/> article postings and its best
    /// term postings, in the script's order (the best score, then the newest page and its earliest part; terms in their
    /// order). Whatever the other words a query word matches, the results it ranks first are among these of one of them.
    /// </summary>
    public static IEnumerable<(int Kind, long Posting)> Leading(long[] articles, long[] terms) =>
        Highest(articles, posting => ((posting & 15) << 40) | ((posting >> 20) << 16) | (0xFFFF - ((posting >> 4) & 0xFFFF))).Select(posting => (0, posting))
            .Concat(Highest(terms, posting => ((posting & 15) << 40) | ((1L << 24) - (posting >> 20))).Select(posting => (1, posting)));

    /// <summary>The <see cref="ShownResults"/> postings of highest rank, in one pass (a common word has thousands).</summary>
    private static List<long> Highest(long[] postings, Func<long, long> rank)
    {
        var best = new List<long>(ShownResults + 1);
        foreach (var posting in postings)
        {
            var at = best.Count;
            while (at > 0 && rank(best[at - 1]) < rank(posting))
            {
                at--;
            }

            if (at < ShownResults)
            {
                best.Insert(at, posting);
                if (best.Count > ShownResults)
                {
                    best.RemoveAt(ShownResults);
                }
            }
        }

        return best;
    }

    /// <summary>
    /// <c>"_heads": {"result": head}</c>: the results by the script's number for them (an article's part is
    /// page × 65,536 + 65,535 − part, a term −1 − page), in that order.
    /// </summary>
    public static void Write(Utf8JsonWriter writer, IEnumerable<(int Kind, long Posting)> shown, string[][] articleHeads, string[][] termHeads)
    {
        var heads = new SortedDictionary<long, string>();
        foreach (var (kind, posting) in shown)
        {
            var (page, part) = ((int)(posting >> 20), (int)((posting >> 4) & 0xFFFF));
            heads[kind == 0 ? (page * 65536L) + 65535 - part : -1L - page] = kind == 0 ? articleHeads[page][part] : termHeads[page][0];
        }

        writer.WriteStartObject("_heads");
        foreach (var (result, head) in heads)
        {
            writer.WritePropertyName(result.ToString(System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteRawValue(head, skipInputValidation: true);
        }

        writer.WriteEndObject();
    }
}
