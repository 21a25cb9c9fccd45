using System.Buffers;
using System.IO.Hashing;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Generator.Search;

/// <summary>
/// The files of the search index, under <c>search/</c>:
/// <list type="bullet">
/// <item><c>index.json</c>, the manifest: how many articles and terms, each shard's key, file name and size, and each prefix summary's;</item>
/// <item><c>s/&lt;hash&gt;.json</c>, the shards: word → postings, named by a hash of their bytes, so a shard whose words
/// did not change keeps its name and its bytes from build to build;</item>
/// <item><c>p/&lt;hash&gt;.json</c>, the prefix summaries (<see cref="PrefixSummaries"/>): for a prefix that begins
/// the words of more than <see cref="ShardsPerPrefix"/> shards, the best <see cref="BegunPostings"/> postings of those
/// words together, and the words they are postings of;</item>
/// <item><c>a/&lt;number&gt;.json</c>, one per article, and <c>t/&lt;number&gt;.json</c>, terms in groups of
/// <see cref="TermsPerFile"/>: titles, addresses and text for the snippets, fetched only for the results shown.</item>
/// </list>
/// A word's entry is <c>[parts, [article postings], [term postings]]</c>: <c>parts</c> is how many results have the
/// word, and each posting is two numbers, the page's number minus the previous posting's, and part × 16 + score. A
/// word in more than <see cref="MostPostings"/> results keeps only its best-scored ones (then the newest), so a word
/// every story uses costs a few kilobytes to fetch, not the whole archive's; the script knows such a word's list is
/// partial because <c>parts</c> is larger.
/// </summary>
public static class SearchIndexFiles
{
    public const string Folder = "search";
    public const string Manifest = "search/index.json";
    public const int TermsPerFile = 64;
    public const int MostPostings = 1000;

    /// <summary>The most shards the script fetches for the words a query word begins (search.js: <c>shardsFor</c>).</summary>
    public const int ShardsPerPrefix = 4;

    /// <summary>The most postings the script scores for the words a query word begins (search.js: <c>BEGUN</c>).</summary>
    public const int BegunPostings = 2000;

    /// <summary>A shard above this many bytes (before compression) is split by one more letter.</summary>
    public const int ShardBytes = 32 * 1024;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>Every file of the index, by its path under the output folder, the articles numbered by their keys.</summary>
    public static IReadOnlyList<(string Path, byte[]? Bytes)> Write(IReadOnlyList<SearchPage> articles, IReadOnlyList<SearchPage> terms) =>
        WriteNumbered(articles.OrderBy(page => page.Key, StringComparer.Ordinal).Select(page => new IndexedArticle(page.Parts.Select(part => part.Scores).ToList(), ArticleText(page))).ToList(), terms);

    /// <summary>
    /// Every file of the index, by its path under the output folder; an article whose text file is null is the file
    /// the previous build wrote, kept as it is.
    /// </summary>
    /// <param name="articles">The articles in the order of their numbers.</param>
    public static IReadOnlyList<(string Path, byte[]? Bytes)> WriteNumbered(IReadOnlyList<IndexedArticle> articles, IReadOnlyList<SearchPage> terms)
    {
        var sortedTerms = terms.OrderBy(page => page.Key, StringComparer.Ordinal).ToList();
        var postings = new Dictionary<string, (List<long> Articles, List<long> Terms)>(StringComparer.Ordinal);
        Collect(articles.Select(article => article.Scores).ToList(), postings, kind: 0);
        Collect(sortedTerms.Select(term => term.Parts.Select(part => part.Scores).ToList()).ToList(), postings, kind: 1);

        var entries = postings
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => (Word: pair.Key, Entry: Entry(pair.Value.Articles, pair.Value.Terms)))
            .ToList();
        var byWord = entries.ToDictionary(entry => entry.Word, entry => entry.Entry, StringComparer.Ordinal);
        var plan = ShardPlan.Run(entries.Select(entry => (entry.Word, entry.Entry.Length + entry.Word.Length + 4)).ToList(), ShardBytes);

        var files = new List<(string, byte[]?)>();
        var shards = new List<(string Key, string Name, int Bytes)>();
        foreach (var (key, words) in plan)
        {
            var bytes = Json(writer =>
            {
                writer.WriteStartObject();
                foreach (var word in words)
                {
                    writer.WritePropertyName(word);
                    writer.WriteRawValue(byWord[word], skipInputValidation: true);
                }

                writer.WriteEndObject();
            });
            var name = Convert.ToHexStringLower(XxHash128.Hash(bytes))[..16];
            shards.Add((key, name, bytes.Length));
            files.Add(($"{Folder}/s/{name}.json", bytes));
        }

        var prefixes = new List<(string Prefix, string Name, int Bytes)>();
        foreach (var (prefix, bytes) in PrefixSummaries(shards.Select(shard => shard.Key).ToList(), entries.Select(entry => entry.Word).ToList(), postings))
        {
            var name = Convert.ToHexStringLower(XxHash128.Hash(bytes))[..16];
            // "n" and "ne" have the same summary when every word that begins with "n" begins with "ne": one file.
            if (!prefixes.Any(known => known.Name == name))
            {
                files.Add(($"{Folder}/p/{name}.json", bytes));
            }

            prefixes.Add((prefix, name, bytes.Length));
        }

        for (var number = 0; number < articles.Count; number++)
        {
            files.Add((ArticleTextPath(number), articles[number].Text));
        }

        for (var first = 0; first < sortedTerms.Count; first += TermsPerFile)
        {
            var group = sortedTerms.Skip(first).Take(TermsPerFile);
            files.Add(($"{Folder}/t/{first / TermsPerFile}.json", Json(writer =>
            {
                writer.WriteStartArray();
                foreach (var term in group)
                {
                    WritePart(writer, term.Parts[0]);
                }

                writer.WriteEndArray();
            })));
        }

        files.Add((Manifest, Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", 1);
            writer.WriteNumber("articles", articles.Count);
            writer.WriteNumber("terms", sortedTerms.Count);
            writer.WriteNumber("termsPerFile", TermsPerFile);
            writer.WriteStartArray("shards");
            foreach (var (key, name, bytes) in shards)
            {
                writer.WriteStartArray();
                writer.WriteStringValue(key);
                writer.WriteStringValue(name);
                writer.WriteNumberValue(bytes);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("prefixes");
            foreach (var (prefix, name, bytes) in prefixes)
            {
                writer.WriteStartArray();
                writer.WriteStringValue(prefix);
                writer.WriteStringValue(name);
                writer.WriteNumberValue(bytes);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        })));
        return files;
    }

    /// <summary>
    /// A summary for each prefix whose longer words are spread over more shards than the script fetches for a word it
    /// is typing ("ne" on an archive, whose words "nea…" to "nez…" fill dozens of shards): without one, such a prefix
    /// would find nothing until the next letter. The summary is what the script would make of all those shards: the
    /// words' postings together, one per result with its best score, cut to the best <see cref="BegunPostings"/>
    /// (then the newest), as one entry (<c>[parts, [article postings], [term postings]]</c>; when some were cut,
    /// <c>parts</c> is the count of all the words' postings, larger than what is kept), and the words those postings are of, for the snippets to mark. The prefix's
    /// own word, if it is one, is in its shard and is not summarized.
    /// </summary>
    /// <param name="keys">The shards' keys, ordinally sorted.</param>
    /// <param name="words">Every word, ordinally sorted.</param>
    private static IEnumerable<(string Prefix, byte[] Bytes)> PrefixSummaries(List<string> keys, List<string> words, Dictionary<string, (List<long> Articles, List<long> Terms)> postings)
    {
        var prefixes = keys.SelectMany(key => Enumerable.Range(1, key.Length).Select(length => key[..length])).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var prefix in prefixes)
        {
            var (firstKey, keysBegun) = Begun(keys, prefix);
            var longerShards = keysBegun - (firstKey < keys.Count && keys[firstKey] == prefix ? 1 : 0);
            if (longerShards <= ShardsPerPrefix)
            {
                continue;
            }

            var (firstWord, wordsBegun) = Begun(words, prefix);
            var begun = Enumerable.Range(firstWord, wordsBegun).Select(index => words[index]).Where(word => word != prefix).ToList();
            yield return (prefix, Summary(begun, postings));
        }
    }

    /// <summary>Where the items that begin with the prefix start in the sorted list (all distinct), and how many there are.</summary>
    private static (int First, int Count) Begun(List<string> sorted, string prefix)
    {
        var found = sorted.BinarySearch(prefix, StringComparer.Ordinal);
        var first = found >= 0 ? found : ~found;
        var end = first;
        while (end < sorted.Count && sorted[end].StartsWith(prefix, StringComparison.Ordinal))
        {
            end++;
        }

        return (first, end - first);
    }

    private static byte[] Summary(IReadOnlyList<string> words, Dictionary<string, (List<long> Articles, List<long> Terms)> postings)
    {
        // Score by score, best first: each pass looks at one score's postings (newest first) and keeps each result not
        // kept yet, until the summary is full, so a prefix whose words are in most of the archive costs a few passes
        // over its postings, not a sort of them all.
        var kept = new List<(int Kind, long Posting, string Word)>();
        var results = new HashSet<(int Kind, long Result)>();
        var all = words.Sum(word => postings[word].Articles.Count + postings[word].Terms.Count);
        var looked = 0;
        for (var score = 15; score > 0 && kept.Count < BegunPostings; score--)
        {
            var scored = new List<(int Kind, long Posting, string Word)>();
            foreach (var word in words)
            {
                var (articles, terms) = postings[word];
                scored.AddRange(articles.Where(posting => (posting & 15) == score).Select(posting => (0, posting, word)));
                scored.AddRange(terms.Where(posting => (posting & 15) == score).Select(posting => (1, posting, word)));
            }

            looked += scored.Count;
            foreach (var candidate in scored.OrderByDescending(c => c.Posting).ThenBy(c => c.Kind).TakeWhile(_ => kept.Count < BegunPostings))
            {
                if (results.Add((candidate.Kind, candidate.Posting >> 4)))
                {
                    kept.Add(candidate);
                }
            }
        }

        // Whole when every posting was looked at and every result kept; otherwise the count of postings, larger than
        // what is kept, tells the script the list is partial.
        var whole = looked == all && kept.Count < BegunPostings;
        return Json(writer =>
        {
            writer.WriteStartObject();
            // Keys no word can be (words are letters and digits), so the script tells a summary from a shard.
            writer.WriteStartArray("_words");
            foreach (var word in kept.Select(posting => posting.Word).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                writer.WriteStringValue(word);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("_entry");
            writer.WriteNumberValue(whole ? kept.Count : all);
            for (var kind = 0; kind < 2; kind++)
            {
                WritePostings(writer, kept.Where(posting => posting.Kind == kind).Select(posting => posting.Posting).Order());
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    /// <summary>Where the text of the article numbered <paramref name="number"/> is written.</summary>
    public static string ArticleTextPath(int number) => $"{Folder}/a/{number}.json";

    /// <summary>An article's text file: its title, address, and each result's title, address and text.</summary>
    public static byte[] ArticleText(SearchPage page) => Json(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("t", page.Title);
        writer.WriteString("u", page.Url);
        writer.WriteStartArray("p");
        foreach (var part in page.Parts)
        {
            WritePart(writer, part);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    /// <summary>Each posting packed in one number, in page then part order: page × 2^20 + part × 16 + score.</summary>
    private static void Collect(IReadOnlyList<IReadOnlyList<IReadOnlyDictionary<string, int>>> pages, Dictionary<string, (List<long> Articles, List<long> Terms)> postings, int kind)
    {
        for (var number = 0; number < pages.Count; number++)
        {
            var parts = pages[number];
            for (var part = 0; part < parts.Count; part++)
            {
                // Postings come out in page then part order whatever the order of a part's words.
                foreach (var (word, score) in parts[part])
                {
                    if (!postings.TryGetValue(word, out var lists))
                    {
                        postings[word] = lists = ([], []);
                    }

                    (kind == 0 ? lists.Articles : lists.Terms).Add(((long)number << 20) | ((long)part << 4) | (long)score);
                }
            }
        }
    }

    private static string Entry(List<long> articles, List<long> terms)
    {
        var bytes = Json(writer =>
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(articles.Count + terms.Count);
            WritePostings(writer, Best(articles));
            WritePostings(writer, Best(terms));
            writer.WriteEndArray();
        });
        return System.Text.Encoding.UTF8.GetString(bytes);
    }

    /// <summary>At most <see cref="MostPostings"/>: the best scores first, then the newest pages (the highest numbers), in page order.</summary>
    private static IEnumerable<long> Best(List<long> postings) =>
        postings.Count <= MostPostings
            ? postings
            : postings.OrderByDescending(posting => posting & 15).ThenByDescending(posting => posting).Take(MostPostings).Order();

    private static void WritePostings(Utf8JsonWriter writer, IEnumerable<long> postings)
    {
        writer.WriteStartArray();
        var previous = 0L;
        foreach (var posting in postings)
        {
            var page = posting >> 20;
            writer.WriteNumberValue(page - previous);
            writer.WriteNumberValue(posting & 0xFFFFF);
            previous = page;
        }

        writer.WriteEndArray();
    }

    private static void WritePart(Utf8JsonWriter writer, SearchPart part)
    {
        writer.WriteStartArray();
        writer.WriteStringValue(part.Title);
        writer.WriteStringValue(part.Url);
        writer.WriteStringValue(part.Text);
        writer.WriteEndArray();
    }

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
