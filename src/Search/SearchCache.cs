using Generator.Incremental;

namespace Generator.Search;

/// <summary>
/// What the last build indexed of each article, kept with the build cache (<c>search.bin</c>): the key of what it was
/// read from, its number, the length of its text file and each result's words and scores. An article whose key and
/// number are unchanged, and whose text file the output folder still holds, is not read again: its scores come from
/// here and its text file stays as it is. A <see cref="RecordFile{T}"/>: a build writes only the articles it indexed
/// anew or no longer has; a file of another generator, or one that cannot be read, is an empty cache.
/// </summary>
public sealed class SearchCache
{
    private const string FileName = "search.bin";

    private readonly RecordFile<Entry> _file;

    private SearchCache(string path) => _file = new RecordFile<Entry>(path, GeneratorVersion.Current, Write, Read);

    /// <summary>One article as the last build indexed it.</summary>
    public sealed record Entry(string Key, int Number, long TextLength, IReadOnlyList<IReadOnlyDictionary<string, int>> Scores);

    public static SearchCache Open(string cacheFolder) => new(Path.Combine(cacheFolder, FileName));

    public Entry? Find(string slug) => _file.Read().GetValueOrDefault(slug);

    /// <summary>Makes the file hold this build's articles, by slug.</summary>
    public void Save(IReadOnlyDictionary<string, Entry> entries) => _file.Save(entries);

    private static void Write(BinaryWriter writer, IReadOnlyCollection<KeyValuePair<string, Entry>> entries)
    {
        writer.Write(entries.Count);
        foreach (var (slug, entry) in entries)
        {
            writer.Write(slug);
            writer.Write(entry.Key);
            writer.Write(entry.Number);
            writer.Write(entry.TextLength);
            // The article's words once each; the parts refer to them by number.
            var words = entry.Scores.SelectMany(part => part.Keys).Distinct(StringComparer.Ordinal).ToList();
            var numbers = words.Select((word, index) => (word, index)).ToDictionary(pair => pair.word, pair => pair.index, StringComparer.Ordinal);
            writer.Write7BitEncodedInt(words.Count);
            words.ForEach(writer.Write);
            writer.Write7BitEncodedInt(entry.Scores.Count);
            foreach (var part in entry.Scores)
            {
                writer.Write7BitEncodedInt(part.Count);
                foreach (var (word, score) in part)
                {
                    writer.Write7BitEncodedInt(numbers[word]);
                    writer.Write((byte)score);
                }
            }
        }
    }

    private static IReadOnlyList<KeyValuePair<string, Entry>> Read(BinaryReader reader)
    {
        var entries = new KeyValuePair<string, Entry>[reader.ReadInt32()];
        for (var index = 0; index < entries.Length; index++)
        {
            var slug = reader.ReadString();
            var key = reader.ReadString();
            var number = reader.ReadInt32();
            var textLength = reader.ReadInt64();
            var words = new string[reader.Read7BitEncodedInt()];
            for (var word = 0; word < words.Length; word++)
            {
                words[word] = reader.ReadString();
            }

            var parts = new IReadOnlyDictionary<string, int>[reader.Read7BitEncodedInt()];
            for (var part = 0; part < parts.Length; part++)
            {
                var pairs = reader.Read7BitEncodedInt();
                var scores = new Dictionary<string, int>(pairs, StringComparer.Ordinal);
                for (var pair = 0; pair < pairs; pair++)
                {
                    scores[words[reader.Read7BitEncodedInt()]] = reader.ReadByte();
                }

                parts[part] = scores;
            }

            entries[index] = new(slug, new Entry(key, number, textLength, parts));
        }

        return entries;
    }
}
