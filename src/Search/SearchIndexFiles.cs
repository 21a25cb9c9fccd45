using System.Buffers;
using System.IO.Hashing;
using System.Runtime.InteropServices;
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
/// <see cref="TermsPerFile"/>: titles, addresses and text for the snippets, fetched only for the results shown;</item>
/// <item><c>h/&lt;number&gt;.json</c>, one per article: the heads of its parts alone (<see cref="ResultHeads.File"/>), for
/// a result of a query of several words whose head no shard gave.</item>
/// </list>
/// Each shard and summary also carries, under <c>_heads</c>, the head (title, address and, for a section, its
/// article's title) of every result that ranks among the first few of one of its words (<see cref="ResultHeads"/>), so the
/// script can show a query's results as soon as they are ranked and fetch the snippets' texts after.
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
    public static IReadOnlyList<(string Path, byte[]? Bytes)> Write(IReadOnlyList<SearchPage> articles, IReadOnlyList<SearchPage> terms)
    {
        var numbered = articles.OrderBy(page => page.Key, StringComparer.Ordinal).ToList();
        return [.. Update(SearchIndexState.Empty, numbered.Select(IndexedArticle.Of).ToList(), terms, holds: (_, _) => false).Files,
            .. numbered.Select((page, number) => (ArticleTextPath(number), (byte[]?)ArticleText(page)))];
    }

    /// <summary>
    /// The index's files, made from the last build's index (<paramref name="previous"/>) by taking out the postings of
    /// every article not kept and putting in those of the articles read: a clean build is the same update from an empty
    /// index. A file whose bytes this build would not change (a shard whose words and their postings are the ones it
    /// was made of, a summary none of whose words changed), and which the output folder still holds, is given with null
    /// bytes: the site keeps it as it is. Only the words an edit changed are made into entries again, and only their
    /// shards and summaries are written. The articles' text files are not among the files: each is written when its
    /// article is read (<see cref="ArticleText"/>).
    /// </summary>
    /// <param name="articles">The articles in the order of their numbers: null for one kept as <paramref name="previous"/>
    /// has it, under the same number (its postings stay).</param>
    /// <param name="holds">Whether the output folder holds a file (its path under the output folder) of that many bytes.</param>
    /// <returns>The files, and the index to give the next build.</returns>
    public static (IReadOnlyList<(string Path, byte[]? Bytes)> Files, SearchIndexState Next) Update(
        SearchIndexState previous, IReadOnlyList<IndexedArticle?> articles, IReadOnlyList<SearchPage> terms, Func<string, long, bool> holds)
    {
        var sortedTerms = terms.OrderBy(page => page.Key, StringComparer.Ordinal).ToList();
        var (words, changed) = Postings(previous.Words, articles, sortedTerms);
        // A result whose head changed (its title, address or article's title) changes every shard and summary that
        // shows it, even where its postings did not change: the words of its page count as changed.
        var articleHeads = new string[articles.Count][];
        for (var number = 0; number < articles.Count; number++)
        {
            articleHeads[number] = articles[number] is { } read
                ? ResultHeads.Since(previous.ArticleHeads, number, read.Heads, read.Scores, changed)
                : previous.ArticleHeads[number];
        }

        var termHeads = sortedTerms.Select((term, number) => ResultHeads.Since(previous.TermHeads, number, ResultHeads.Of(term, isTerm: true), term.Parts.Select(part => part.Scores).ToList(), changed)).ToArray();
        var sortedWords = words.Keys.Order(StringComparer.Ordinal).ToList();
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        string EntryOf(string word) => entries.TryGetValue(word, out var entry) ? entry : Entry(words[word]);
        foreach (var word in changed.Where(words.ContainsKey))
        {
            entries[word] = Entry(words[word]);
            words[word] = words[word] with { EntryLength = entries[word].Length };
        }

        var plan = ShardPlan.Run(sortedWords.Select(word => (word, words[word].EntryLength + word.Length + 4)).ToList(), ShardBytes);
        var files = new List<(string, byte[]?)>();
        var shards = new Dictionary<string, IndexFile>(StringComparer.Ordinal);
        foreach (var (key, members) in plan)
        {
            var made = WordsFingerprint(members);
            var kept = previous.Shards.GetValueOrDefault(key);
            if (IsCurrent(kept, made, members, changed, ShardPath, holds))
            {
                shards[key] = kept;
                files.Add((ShardPath(kept.Name), null));
                continue;
            }

            var bytes = Json(writer =>
            {
                writer.WriteStartObject();
                foreach (var word in members)
                {
                    writer.WritePropertyName(word);
                    writer.WriteRawValue(EntryOf(word), skipInputValidation: true);
                }

                ResultHeads.Write(writer, members.SelectMany(word => ResultHeads.Leading(words[word].Articles, words[word].Terms)), articleHeads, termHeads);
                writer.WriteEndObject();
            });
            shards[key] = new IndexFile(NameOf(bytes), bytes.Length, made);
            files.Add((ShardPath(shards[key].Name), bytes));
        }

        var summaries = new Dictionary<string, IndexFile>(StringComparer.Ordinal);
        var summaryFiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (prefix, begun) in SummarizedPrefixes(shards.Keys.Order(StringComparer.Ordinal).ToList(), sortedWords))
        {
            var made = WordsFingerprint(begun);
            var kept = previous.Summaries.GetValueOrDefault(prefix);
            if (IsCurrent(kept, made, begun, changed, SummaryPath, holds))
            {
                summaries[prefix] = kept;
                // "n" and "ne" have the same summary when every word that begins with "n" begins with "ne": one file.
                if (summaryFiles.Add(kept.Name))
                {
                    files.Add((SummaryPath(kept.Name), null));
                }

                continue;
            }

            var bytes = Summary(begun, words, articleHeads, termHeads);
            summaries[prefix] = new IndexFile(NameOf(bytes), bytes.Length, made);
            if (summaryFiles.Add(summaries[prefix].Name))
            {
                files.Add((SummaryPath(summaries[prefix].Name), bytes));
            }
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
            // The script shows this many results in the header: the heads the shards carry are of each word's first so many.
            writer.WriteNumber("shown", ResultHeads.ShownResults);
            WriteFileList(writer, "shards", shards);
            WriteFileList(writer, "prefixes", summaries);
            writer.WriteEndObject();
        })));
        return (files, new SearchIndexState(words, shards, summaries, articleHeads, termHeads));
    }

    /// <summary>
    /// Every word's postings after this build: each of <paramref name="previous"/> without the postings of the articles
    /// not kept, with those of the articles read, and with the terms' (read every build; a glossary is small). A word
    /// whose postings are the ones it had keeps its very record.
    /// </summary>
    /// <returns>The words, and those whose postings changed (the words added or gone among them).</returns>
    private static (Dictionary<string, WordPostings> Words, HashSet<string> Changed) Postings(
        IReadOnlyDictionary<string, WordPostings> previous, IReadOnlyList<IndexedArticle?> articles, IReadOnlyList<SearchPage> terms)
    {
        var kept = articles.Select(article => article is null).ToArray();
        var added = Collect(articles.Select(article => article?.Scores ?? []).ToList());
        var termPostings = Collect(terms.Select(term => term.Parts.Select(part => part.Scores).ToList()).ToList());
        var words = new Dictionary<string, WordPostings>(previous.Count + added.Count, StringComparer.Ordinal);
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (word, old) in previous)
        {
            // An article read again whose postings of this word are the ones it had (under the same number) leaves the
            // word as it was: compared before anything is made, as most words of an edited article are.
            var gone = NotKept(old.Articles, kept);
            var read = added.Remove(word, out var readList) ? readList : [];
            var articlePostings = gone.AsSpan().SequenceEqual(CollectionsMarshal.AsSpan(read)) ? old.Articles : Merge(Kept(old.Articles, kept), read);
            var wordTerms = termPostings.Remove(word, out var termList) ? termList.ToArray() : [];
            if (old.SamePostings(articlePostings, wordTerms))
            {
                words[word] = old;
                continue;
            }

            changed.Add(word);
            if (articlePostings.Length > 0 || wordTerms.Length > 0)
            {
                words[word] = new WordPostings(articlePostings, wordTerms, 0);
            }
        }

        foreach (var word in added.Keys.Union(termPostings.Keys))
        {
            changed.Add(word);
            words[word] = new WordPostings([.. added.GetValueOrDefault(word) ?? []], [.. termPostings.GetValueOrDefault(word) ?? []], 0);
        }

        return (words, changed);
    }

    /// <summary>The postings of the pages not kept, in order.</summary>
    private static long[] NotKept(long[] postings, bool[] kept) => Array.FindAll(postings, posting => !IsKept(posting, kept));

    private static bool IsKept(long posting, bool[] kept) => (posting >> 20) is var number && number < kept.Length && kept[number];

    /// <summary>The postings of the kept pages; the array itself when it holds no other.</summary>
    private static long[] Kept(long[] postings, bool[] kept) =>
        Array.TrueForAll(postings, posting => IsKept(posting, kept)) ? postings : Array.FindAll(postings, posting => IsKept(posting, kept));

    /// <summary>Two lists of postings in page then part order, as one.</summary>
    private static long[] Merge(long[] kept, List<long> read)
    {
        if (read.Count == 0)
        {
            return kept;
        }

        var merged = new long[kept.Length + read.Count];
        var (fromKept, fromRead) = (0, 0);
        for (var index = 0; index < merged.Length; index++)
        {
            merged[index] = fromRead == read.Count || (fromKept < kept.Length && kept[fromKept] < read[fromRead]) ? kept[fromKept++] : read[fromRead++];
        }

        return merged;
    }

    /// <summary>The manifest's list of shards or summaries: <c>[key, name, bytes]</c> each, by key.</summary>
    private static void WriteFileList(Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, IndexFile> files)
    {
        writer.WriteStartArray(name);
        foreach (var (key, file) in files.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            writer.WriteStartArray();
            writer.WriteStringValue(key);
            writer.WriteStringValue(file.Name);
            writer.WriteNumberValue(file.Bytes);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// Whether the last build's shard or summary (<paramref name="kept"/>) is the file this build would write: made of
    /// the same words, none of whose postings changed, and still in the output folder.
    /// </summary>
    private static bool IsCurrent([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] IndexFile? kept, string madeOf, IReadOnlyList<string> words,
        HashSet<string> changed, Func<string, string> pathOf, Func<string, long, bool> holds) =>
        kept is not null && kept.Words == madeOf && !words.Any(changed.Contains) && holds(pathOf(kept.Name), kept.Bytes);

    /// <summary>What a shard or summary is made of: its words, in order.</summary>
    private static string WordsFingerprint(IReadOnlyList<string> words)
    {
        var fingerprint = new Incremental.Fingerprint().Add(words.Count);
        foreach (var word in words)
        {
            fingerprint.Add(word);
        }

        return fingerprint.Finish();
    }

    private static string NameOf(byte[] bytes) => Convert.ToHexStringLower(XxHash128.Hash(bytes))[..16];

    private static string ShardPath(string name) => $"{Folder}/s/{name}.json";

    private static string SummaryPath(string name) => $"{Folder}/p/{name}.json";

    /// <summary>
    /// The prefixes that have a summary, each with the words it summarizes: every prefix whose longer words are spread
    /// over more shards than the script fetches for a word it is typing ("ne" on an archive, whose words "nea…" to
    /// "nez…" fill dozens of shards). Without one, such a prefix would find nothing until the next letter. The prefix's
    /// own word, if it is one, is in its shard and is not summarized.
    /// </summary>
    /// <param name="keys">The shards' keys, ordinally sorted.</param>
    /// <param name="words">Every word, ordinally sorted.</param>
    private static IEnumerable<(string Prefix, List<string> Begun)> SummarizedPrefixes(List<string> keys, List<string> words)
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
            yield return (prefix, Enumerable.Range(firstWord, wordsBegun).Select(index => words[index]).Where(word => word != prefix).ToList());
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

    /// <summary>
    /// What the script would make of all the shards of the words a prefix begins: their postings together, one per
    /// result with its best score, cut to the best <see cref="BegunPostings"/> (then the newest), as one entry
    /// (<c>[parts, [article postings], [term postings]]</c>; when some were cut, <c>parts</c> is the count of all the
    /// words' postings, larger than what is kept), and the words those postings are of, for the snippets to mark.
    /// </summary>
    private static byte[] Summary(IReadOnlyList<string> words, IReadOnlyDictionary<string, WordPostings> postings, string[][] articleHeads, string[][] termHeads)
    {
        // Score by score, best first: each pass looks at one score's postings (newest first) and keeps each result not
        // kept yet, until the summary is full, so a prefix whose words are in most of the archive costs a few passes
        // over its postings, not a sort of them all.
        var kept = new List<(int Kind, long Posting, string Word)>();
        var results = new HashSet<(int Kind, long Result)>();
        var all = words.Sum(word => postings[word].Articles.Length + postings[word].Terms.Length);
        var looked = 0;
        for (var score = 15; score > 0 && kept.Count < BegunPostings; score--)
        {
            var scored = new List<(int Kind, long Posting, string Word)>();
            foreach (var word in words)
            {
                var (articles, terms, _) = postings[word];
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
            ResultHeads.Write(writer, ResultHeads.Leading([.. kept.Where(posting => posting.Kind == 0).Select(posting => posting.Posting)], [.. kept.Where(posting => posting.Kind == 1).Select(posting => posting.Posting)]), articleHeads, termHeads);
            writer.WriteEndObject();
        });
    }

    /// <summary>Where the text of the article numbered <paramref name="number"/> is written.</summary>
    public static string ArticleTextPath(int number) => $"{Folder}/a/{number}.json";

    /// <summary>Where the heads of the article numbered <paramref name="number"/> (<see cref="ResultHeads.File"/>) are written.</summary>
    public static string ArticleHeadsPath(int number) => $"{Folder}/h/{number}.json";

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

    /// <summary>Each word's postings in the pages, each packed in one number, in page then part order: page × 2^20 + part × 16 + score.</summary>
    private static Dictionary<string, List<long>> Collect(IReadOnlyList<IReadOnlyList<IReadOnlyCollection<KeyValuePair<string, int>>>> pages)
    {
        var postings = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        for (var number = 0; number < pages.Count; number++)
        {
            var parts = pages[number];
            for (var part = 0; part < parts.Count; part++)
            {
                // Postings come out in page then part order whatever the order of a part's words.
                foreach (var (word, score) in parts[part])
                {
                    if (!postings.TryGetValue(word, out var list))
                    {
                        postings[word] = list = [];
                    }

                    list.Add(((long)number << 20) | ((long)part << 4) | (long)score);
                }
            }
        }

        return postings;
    }

    private static string Entry(WordPostings postings)
    {
        var bytes = Json(writer =>
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(postings.Articles.Length + postings.Terms.Length);
            WritePostings(writer, Best(postings.Articles));
            WritePostings(writer, Best(postings.Terms));
            writer.WriteEndArray();
        });
        return System.Text.Encoding.UTF8.GetString(bytes);
    }

    /// <summary>At most <see cref="MostPostings"/>: the best scores first, then the newest pages (the highest numbers), in page order.</summary>
    private static IEnumerable<long> Best(long[] postings) =>
        postings.Length <= MostPostings
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

    internal static byte[] Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
