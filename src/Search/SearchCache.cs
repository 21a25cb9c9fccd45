using Generator.Incremental;

namespace Generator.Search;

/// <summary>
/// What the last build indexed, kept with the build cache (<c>search.bin</c>), so an edit changes the index instead of
/// making it again:
/// <list type="bullet">
/// <item>each article's row: the key of what it was read from, its number and its text file's length and write time. An
/// article whose key and number are unchanged, and whose text file the output folder still holds as written, is not
/// read again;</item>
/// <item>the index itself (<see cref="SearchIndexState"/>): every word's postings, each shard and prefix summary
/// written, and every article's and term's result heads by number.</item>
/// </list>
/// Both are records of one <see cref="RecordFile{T}"/>, saved in one batch, so they always describe the same build. A
/// build writes only the rows and words it changed; a file of another generator, or one that cannot be read, is an
/// empty cache and the index is made whole.
/// </summary>
public sealed class SearchCache
{
    private const string FileName = "search.bin";
    private const string ArticleKind = "a ";
    private const string WordKind = "w ";
    private const string ShardKind = "s ";
    private const string SummaryKind = "p ";
    private const string ArticleHeadsKind = "h ";
    private const string TermHeadsKind = "g ";

    private readonly RecordFile<object> _file;

    private SearchCache(string path) => _file = new RecordFile<object>(path, GeneratorVersion.Current, Write, Read);

    /// <summary>
    /// One article as the last build indexed it: the key of what it was read from, its number, and its text file and
    /// heads file as the site holds them (length and write time). A file's name says nothing of its bytes, so its length
    /// alone would take the file of a build whose cache was never saved (killed between writing the site and saving it)
    /// for this one.
    /// </summary>
    public sealed record Row(string Key, int Number, WrittenFile Text, WrittenFile Heads);

    /// <summary>A file of the index as the site holds it: its length and write time (zero until it is written).</summary>
    public readonly record struct WrittenFile(long Length, long WriteTicks);

    public static SearchCache Open(string cacheFolder) => new(Path.Combine(cacheFolder, FileName));

    public Row? Find(string slug) => _file.Read().GetValueOrDefault(ArticleKind + slug) as Row;

    /// <summary>The index the last build made (empty when the cache has none).</summary>
    public SearchIndexState State()
    {
        var words = new Dictionary<string, WordPostings>(StringComparer.Ordinal);
        var shards = new Dictionary<string, IndexFile>(StringComparer.Ordinal);
        var summaries = new Dictionary<string, IndexFile>(StringComparer.Ordinal);
        var articleHeads = new SortedDictionary<int, string[]>();
        var termHeads = new SortedDictionary<int, string[]>();
        foreach (var (key, record) in _file.Read())
        {
            switch (record)
            {
                case string[] heads:
                    (key.StartsWith(ArticleHeadsKind, StringComparison.Ordinal) ? articleHeads : termHeads)[NumberOf(key)] = heads;
                    break;
                case WordPostings postings:
                    words[key[WordKind.Length..]] = postings;
                    break;
                case IndexFile file when key.StartsWith(ShardKind, StringComparison.Ordinal):
                    shards[key[ShardKind.Length..]] = file;
                    break;
                case IndexFile file:
                    summaries[key[SummaryKind.Length..]] = file;
                    break;
            }
        }

        return new SearchIndexState(words, shards, summaries, [.. articleHeads.Values], [.. termHeads.Values]);
    }

    private static int NumberOf(string key) => int.Parse(key.AsSpan(ArticleHeadsKind.Length), System.Globalization.CultureInfo.InvariantCulture);

    private static string NumberKey(string kind, int number) => kind + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Makes the file hold this build's rows (by slug) and index.</summary>
    public void Save(IReadOnlyDictionary<string, Row> rows, SearchIndexState state)
    {
        var records = new Dictionary<string, object>(rows.Count + state.Words.Count + state.Shards.Count + state.Summaries.Count + state.ArticleHeads.Count + state.TermHeads.Count, StringComparer.Ordinal);
        foreach (var (slug, row) in rows)
        {
            records[ArticleKind + slug] = row;
        }

        foreach (var (word, postings) in state.Words)
        {
            records[WordKind + word] = postings;
        }

        foreach (var (key, shard) in state.Shards)
        {
            records[ShardKind + key] = shard;
        }

        foreach (var (prefix, summary) in state.Summaries)
        {
            records[SummaryKind + prefix] = summary;
        }

        for (var number = 0; number < state.ArticleHeads.Count; number++)
        {
            records[NumberKey(ArticleHeadsKind, number)] = state.ArticleHeads[number];
        }

        for (var number = 0; number < state.TermHeads.Count; number++)
        {
            records[NumberKey(TermHeadsKind, number)] = state.TermHeads[number];
        }

        _file.Save(records);
    }

    /// <summary>Each record after its key, whose first letters say what it is.</summary>
    private static void Write(BinaryWriter writer, IReadOnlyCollection<KeyValuePair<string, object>> records)
    {
        writer.Write(records.Count);
        foreach (var (key, record) in records)
        {
            writer.Write(key);
            switch (record)
            {
                case Row row:
                    writer.Write(row.Key);
                    writer.Write(row.Number);
                    writer.Write(row.Text.Length);
                    writer.Write(row.Text.WriteTicks);
                    writer.Write(row.Heads.Length);
                    writer.Write(row.Heads.WriteTicks);
                    break;
                case WordPostings postings:
                    WritePostings(writer, postings.Articles);
                    WritePostings(writer, postings.Terms);
                    writer.Write(postings.EntryLength);
                    break;
                case IndexFile file:
                    writer.Write(file.Name);
                    writer.Write(file.Bytes);
                    writer.Write(file.Words);
                    break;
                case string[] heads:
                    writer.Write7BitEncodedInt(heads.Length);
                    foreach (var head in heads)
                    {
                        writer.Write(head);
                    }

                    break;
                default:
                    throw new InvalidOperationException($"the search cache cannot keep a {record.GetType().Name}");
            }
        }
    }

    private static IReadOnlyList<KeyValuePair<string, object>> Read(BinaryReader reader)
    {
        var records = new KeyValuePair<string, object>[reader.ReadInt32()];
        for (var index = 0; index < records.Length; index++)
        {
            var key = reader.ReadString();
            object record = key.StartsWith(ArticleKind, StringComparison.Ordinal) ? new Row(reader.ReadString(), reader.ReadInt32(), new WrittenFile(reader.ReadInt64(), reader.ReadInt64()), new WrittenFile(reader.ReadInt64(), reader.ReadInt64()))
                : key.StartsWith(WordKind, StringComparison.Ordinal) ? new WordPostings(ReadPostings(reader), ReadPostings(reader), reader.ReadInt32())
                : key.StartsWith(ShardKind, StringComparison.Ordinal) || key.StartsWith(SummaryKind, StringComparison.Ordinal) ? new IndexFile(reader.ReadString(), reader.ReadInt32(), reader.ReadString())
                : key.StartsWith(ArticleHeadsKind, StringComparison.Ordinal) || key.StartsWith(TermHeadsKind, StringComparison.Ordinal) ? ReadHeads(reader)
                : throw new FormatException($"the search cache holds a record of no known kind: '{key}'");
            records[index] = new(key, record);
        }

        return records;
    }

    private static string[] ReadHeads(BinaryReader reader)
    {
        var heads = new string[reader.Read7BitEncodedInt()];
        for (var index = 0; index < heads.Length; index++)
        {
            heads[index] = reader.ReadString();
        }

        return heads;
    }

    /// <summary>Postings are in ascending order: each is written as the step from the one before.</summary>
    private static void WritePostings(BinaryWriter writer, long[] postings)
    {
        writer.Write7BitEncodedInt(postings.Length);
        var previous = 0L;
        foreach (var posting in postings)
        {
            writer.Write7BitEncodedInt64(posting - previous);
            previous = posting;
        }
    }

    private static long[] ReadPostings(BinaryReader reader)
    {
        var postings = new long[reader.Read7BitEncodedInt()];
        var previous = 0L;
        for (var index = 0; index < postings.Length; index++)
        {
            postings[index] = previous += reader.Read7BitEncodedInt64();
        }

        return postings;
    }
}
