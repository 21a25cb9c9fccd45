using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Generator.Content;
using Generator.Diagnostics;

namespace Generator.Incremental;

/// <summary>
/// Content files as earlier builds parsed them, so a build reads and parses only the files that changed. A file whose
/// stamp (<see cref="FileStamp"/>: size, write and change times, inode) is the one recorded is not read at all: what
/// was parsed from it is taken as it was, and its text is read only if its article is rendered again
/// (<see cref="SourceFile.Unread"/>). A file whose stamp moved is read; if its text is unchanged it is not parsed
/// again. The problems found in a file are reported again whenever it is taken as parsed.
/// <para>
/// Kept in the build cache (<see cref="BuildCache"/>) between builds as a <see cref="RecordFile{T}"/>, with what was
/// parsed written as JSON: a build writes only the files it parsed, restamped or stopped reading. <c>serve</c> keeps it
/// in memory for the whole session as well. Keyed by the file and by how it was read (a section's slug and order come
/// from its name).
/// </para>
/// </summary>
public sealed class ParsedFiles
{
    private readonly RecordFile<Entry> _file;
    private readonly ConcurrentDictionary<string, Entry> _entries;
    private readonly bool _keepsRecords;
    // This build's number. What a build uses is marked with it, and only what is marked is kept for the next build. A
    // mark is a write to the entry itself: a shared table of the keys used, written by every thread, cost more waiting
    // for its locks than the reading it recorded (about a second of processor time at 10,000 articles).
    private int _build = 1;
    private int _used;
    private int _read;

    /// <param name="path">The cache's file, read now.</param>
    /// <param name="keepRecords">
    /// Whether a record made again from the cache is kept in its entry, for a next build in the same process (the
    /// preview). A process that builds once keeps the entry's bytes instead: writing each young record into one of
    /// 112,000 entries the collector already holds old (at 10,000 articles) puts every entry on the collector's card
    /// table, and each of the load's hundred-odd young collections then scans them all; the bytes are old already and
    /// hold no references. Measured: the load's collector pauses about 2.5 s → 1.4 s.
    /// </param>
    public ParsedFiles(string path, bool keepRecords = false)
    {
        _keepsRecords = keepRecords;
        _file = new RecordFile<Entry>(path, GeneratorVersion.Current, Write, Read);
        _entries = new ConcurrentDictionary<string, Entry>(_file.Read(), StringComparer.Ordinal);
    }

    /// <param name="stamp">
    /// The file's stamp, taken before it is read (by the listing of the input folder): a save during or after the read
    /// leaves a newer stamp than the one recorded, so the next build reads the file anew.
    /// </param>
    /// <param name="read">Reads and decodes the file (null, with the error reported, when it cannot be used).</param>
    /// <param name="parse">Parses the decoded file.</param>
    /// <param name="format">How what is parsed is kept in the cache.</param>
    public T? Read<T>(string path, FileStamp? stamp, string reading, DiagnosticBag diagnostics, Func<string, DiagnosticBag, SourceFile?> read, Func<SourceFile, DiagnosticBag, T?> parse, JsonTypeInfo<T> format)
        where T : class
    {
        var key = path + "\n" + reading;
        Interlocked.Increment(ref _used);
        var display = SourceFileReader.DisplayPathOf(path);
        var known = _entries.TryGetValue(key, out var entry) && entry!.DisplayPath == display;
        if (known && stamp is not null && entry!.Stamp == stamp && TryTake(path, entry, format, diagnostics, out var taken))
        {
            entry.UsedIn = _build;
            return taken;
        }

        Interlocked.Increment(ref _read);
        if (read(path, diagnostics) is not { } file)
        {
            _entries.TryRemove(key, out _);
            return null;
        }

        if (known && file.Fingerprint == entry!.Fingerprint && TryTake(path, _entries[key] = entry with { Stamp = stamp, UsedIn = _build }, format, diagnostics, out taken))
        {
            return taken;
        }

        var findings = diagnostics.CreateEmpty();
        var result = parse(file, findings);
        var found = findings.Sorted();
        diagnostics.AddRange(found);
        _entries[key] = new Entry(stamp, display, file.Fingerprint, found) { Result = result, Format = format, UsedIn = _build };
        return result;
    }

    /// <summary>What was parsed from the file before, with its problems reported again; false when the cache's copy is damaged.</summary>
    private bool TryTake<T>(string path, Entry entry, JsonTypeInfo<T> format, DiagnosticBag diagnostics, out T? taken)
        where T : class
    {
        if (entry.Result is null && entry.Stored is { } stored)
        {
            // Parsed by an earlier process: made again from the cache (once, when the records are kept).
            using var scope = ParsedFileScope.Enter(entry.DisplayPath, path);
            try
            {
                taken = JsonSerializer.Deserialize(stored.Span, format);
            }
            catch (JsonException)
            {
                taken = null;
                return false;
            }

            if (_keepsRecords)
            {
                entry.Result = taken;
                entry.Format = format;
                // Not kept beside what was made of them: should the cache be written whole again, the record is
                // serialized anew.
                entry.Stored = null;
            }
        }
        else
        {
            taken = (T?)entry.Result;
        }

        diagnostics.AddRange(entry.Findings);
        return true;
    }

    /// <summary>How many files this build read, of how many it used: the others were taken as parsed, unread.</summary>
    public (int Read, int Used) FilesRead => (_read, _used);

    /// <summary>
    /// After a successful build: keeps what it read for the next build, and forgets the files it no longer reads
    /// (deleted or renamed).
    /// </summary>
    public void Save()
    {
        foreach (var stale in _entries.Where(entry => entry.Value.UsedIn != _build).Select(entry => entry.Key).ToList())
        {
            _entries.TryRemove(stale, out _);
        }

        _file.Save(_entries);
        StartNextBuild();
    }

    /// <summary>Forgets every file, in memory and on disk, so the next build reads each one again.</summary>
    public void Forget()
    {
        _entries.Clear();
        _file.Save(_entries);
        StartNextBuild();
    }

    private void StartNextBuild()
    {
        _build++;
        _used = 0;
        _read = 0;
    }

    /// <summary>Each file with its stamp, display path, fingerprint, findings and what was parsed from it (JSON; nothing when parsing gave nothing).</summary>
    private static void Write(BinaryWriter writer, IReadOnlyCollection<KeyValuePair<string, Entry>> entries)
    {
        writer.Write(entries.Count);
        foreach (var (key, entry) in entries)
        {
            using var scope = ParsedFileScope.Enter(entry.DisplayPath, PathOf(key));
            writer.Write(key);
            writer.Write(entry.DisplayPath);
            writer.Write(entry.Fingerprint);
            var stamp = entry.Stamp ?? default;
            writer.Write(stamp.Length);
            writer.Write(stamp.WrittenNanoseconds);
            writer.Write(stamp.ChangedNanoseconds);
            writer.Write(stamp.Device);
            writer.Write(stamp.Inode);
            WriteBytes(writer, entry.Findings.Count == 0 ? [] : JsonSerializer.SerializeToUtf8Bytes(entry.Findings, ParsedJson.Default.IReadOnlyListDiagnostic));
            WriteBytes(writer, entry.Stored is { } stored ? stored.Span : entry.Result is null ? [] : JsonSerializer.SerializeToUtf8Bytes(entry.Result, entry.Format!));
        }
    }

    /// <summary>The files as <see cref="Write"/> wrote them (a damaged copy fails to read, and the cache treats it as missing).</summary>
    private static IReadOnlyList<KeyValuePair<string, Entry>> Read(BinaryReader reader)
    {
        var entries = new KeyValuePair<string, Entry>[reader.ReadInt32()];
        for (var index = 0; index < entries.Length; index++)
        {
            var key = reader.ReadString();
            var display = reader.ReadString();
            var fingerprint = reader.ReadString();
            var stamp = new FileStamp(reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64(), reader.ReadUInt64(), reader.ReadUInt64());
            // Most files have no problems, and keep none.
            var written = ReadBytes(reader);
            using var scope = ParsedFileScope.Enter(display, PathOf(key));
            var findings = written.Length == 0 ? [] : JsonSerializer.Deserialize(written, ParsedJson.Default.IReadOnlyListDiagnostic) ?? [];
            var stored = ReadBytes(reader);
            entries[index] = new(key, new Entry(stamp, display, fingerprint, findings) { Stored = stored.Length == 0 ? null : stored });
        }

        return entries;
    }

    /// <summary>The file's full path, from its key (the path, then how it was read).</summary>
    private static string PathOf(string key) => key[..key.IndexOf('\n', StringComparison.Ordinal)];

    private static void WriteBytes(BinaryWriter writer, ReadOnlySpan<byte> bytes)
    {
        writer.Write(bytes.Length);
        writer.Write(bytes);
    }

    private static byte[] ReadBytes(BinaryReader reader) => reader.ReadBytes(reader.ReadInt32());

    private sealed record Entry(FileStamp? Stamp, string DisplayPath, string Fingerprint, IReadOnlyList<Diagnostic> Findings)
    {
        /// <summary>What was parsed, once this process has it (parsed now, or made again from <see cref="Stored"/>).</summary>
        public object? Result { get; set; }

        public JsonTypeInfo? Format { get; set; }

        /// <summary>The last build that used it (see <see cref="_build"/>).</summary>
        public int UsedIn { get; set; }

        /// <summary>What was parsed, as the cache keeps it, for an entry an earlier process parsed (let go once made again, when records are kept).</summary>
        public ReadOnlyMemory<byte>? Stored { get; set; }
    }
}
