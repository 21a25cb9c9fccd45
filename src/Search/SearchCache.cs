using System.Text;
using Generator.Incremental;

namespace Generator.Search;

/// <summary>
/// What the last build indexed of each article, kept with the build cache (<c>search.bin</c>): the key of what it was
/// read from, its number, the length of its text file and each result's words and scores. An article whose key and
/// number are unchanged, and whose text file the output folder still holds, is not read again: its scores come from
/// here and its text file stays as it is. The file is read and written whole; a file of another generator, or one that
/// cannot be read, is an empty cache.
/// </summary>
public sealed class SearchCache
{
    private const string FileName = "search.bin";
    private static readonly string Header = "search-1 " + GeneratorVersion.Current;

    private readonly string _path;
    private readonly Dictionary<string, Entry> _entries;

    private SearchCache(string path, Dictionary<string, Entry> entries)
    {
        _path = path;
        _entries = entries;
    }

    /// <summary>One article as the last build indexed it.</summary>
    public sealed record Entry(string Key, int Number, long TextLength, IReadOnlyList<IReadOnlyDictionary<string, int>> Scores);

    public static SearchCache Open(string cacheFolder)
    {
        var path = Path.Combine(cacheFolder, FileName);
        try
        {
            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            return new SearchCache(path, reader.ReadString() == Header ? Read(reader) : []);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            return new SearchCache(path, []);
        }
    }

    public Entry? Find(string slug) => _entries.GetValueOrDefault(slug);

    /// <summary>Replaces the file with this build's articles, by slug (written aside and moved in, so a crash never leaves half a file).</summary>
    public void Save(IReadOnlyDictionary<string, Entry> entries)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var partial = _path + ".partial";
        using (var writer = new BinaryWriter(File.Create(partial), Encoding.UTF8))
        {
            writer.Write(Header);
            writer.Write(entries.Count);
            foreach (var (slug, entry) in entries.OrderBy(pair => pair.Key, StringComparer.Ordinal))
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

        File.Move(partial, _path, overwrite: true);
    }

    private static Dictionary<string, Entry> Read(BinaryReader reader)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var count = reader.ReadInt32();
        for (var index = 0; index < count; index++)
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

            entries[slug] = new Entry(key, number, textLength, parts);
        }

        return entries;
    }
}
