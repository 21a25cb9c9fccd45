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
/// Kept in the build cache (<see cref="BuildCache"/>) between builds, with what was parsed written as JSON; <c>serve</c>
/// keeps it in memory for the whole session as well. Keyed by the file and by how it was read (a section's slug and
/// order come from its name).
/// </para>
/// </summary>
public sealed class ParsedFiles
{
    private readonly ConcurrentDictionary<(string Path, string Reading), Entry> _entries = new();
    // What this build read, and whether anything differs from what was loaded: only then is the file written again.
    private readonly ConcurrentDictionary<(string Path, string Reading), byte> _used = new();
    private int _changed;
    private int _read;

    /// <param name="read">Reads and decodes the file (null, with the error reported, when it cannot be used).</param>
    /// <param name="parse">Parses the decoded file.</param>
    /// <param name="format">How what is parsed is kept in the cache.</param>
    public T? Read<T>(string path, string reading, DiagnosticBag diagnostics, Func<string, DiagnosticBag, SourceFile?> read, Func<SourceFile, DiagnosticBag, T?> parse, JsonTypeInfo<T> format)
        where T : class
    {
        var key = (path, reading);
        _used[key] = 0;
        // Taken before reading: a save during the read changes the stamp again, so the next build reads the file anew.
        var stamp = FileStamp.Of(path);
        var display = SourceFileReader.DisplayPathOf(path);
        var known = _entries.TryGetValue(key, out var entry) && entry!.DisplayPath == display;
        if (known && stamp is not null && entry!.Stamp == stamp && TryTake(entry, format, diagnostics, out var taken))
        {
            return taken;
        }

        Interlocked.Increment(ref _read);
        if (read(path, diagnostics) is not { } file)
        {
            Forget(key);
            return null;
        }

        if (known && file.Fingerprint == entry!.Fingerprint && TryTake(_entries[key] = entry with { Stamp = stamp }, format, diagnostics, out taken))
        {
            Interlocked.Exchange(ref _changed, 1);
            return taken;
        }

        var findings = diagnostics.CreateEmpty();
        var result = parse(file, findings);
        var found = findings.Sorted();
        diagnostics.AddRange(found);
        Interlocked.Exchange(ref _changed, 1);
        _entries[key] = new Entry(stamp, display, file.Fingerprint, found) { Result = result, Format = format };
        return result;
    }

    /// <summary>What was parsed from the file before, with its problems reported again; false when the cache's copy is damaged.</summary>
    private static bool TryTake<T>(Entry entry, JsonTypeInfo<T> format, DiagnosticBag diagnostics, out T? taken)
        where T : class
    {
        if (entry.Result is null && entry.Stored is { } stored)
        {
            // Parsed by an earlier process: made again from the cache, once.
            try
            {
                entry.Result = JsonSerializer.Deserialize(stored.Span, format);
                entry.Format = format;
            }
            catch (JsonException)
            {
                taken = null;
                return false;
            }
        }

        diagnostics.AddRange(entry.Findings);
        taken = (T?)entry.Result;
        return true;
    }

    private void Forget((string Path, string Reading) key)
    {
        if (_entries.TryRemove(key, out _))
        {
            Interlocked.Exchange(ref _changed, 1);
        }
    }

    /// <summary>How many files this build read, of how many it used: the others were taken as parsed, unread.</summary>
    public (int Read, int Used) FilesRead => (_read, _used.Count);

    /// <summary>Whether the cache's copy must be written again: something was parsed, or a file was added, removed or touched.</summary>
    public bool ChangedSinceLoaded => _changed != 0 || _used.Count != _entries.Count;

    /// <summary>
    /// Writes what this build read (the files it no longer reads are left out). Each file is written with its stamp,
    /// display path, fingerprint, findings and what was parsed from it (JSON; nothing when parsing gave nothing).
    /// </summary>
    public void Save(BinaryWriter writer)
    {
        var used = _entries.Where(pair => _used.ContainsKey(pair.Key)).OrderBy(pair => pair.Key.Path, StringComparer.Ordinal)
            .ThenBy(pair => pair.Key.Reading, StringComparer.Ordinal).ToList();
        writer.Write(used.Count);
        foreach (var ((path, reading), entry) in used)
        {
            writer.Write(path);
            writer.Write(reading);
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

    /// <summary>After a successful build: forgets the files it did not read (deleted or renamed) and starts the next build's count.</summary>
    public void StartNextBuild()
    {
        foreach (var stale in _entries.Keys.Where(key => !_used.ContainsKey(key)).ToList())
        {
            _entries.TryRemove(stale, out _);
        }

        _used.Clear();
        _changed = 0;
        _read = 0;
    }

    /// <summary>The files as a saved build left them (a damaged copy fails to read, and the cache treats it as missing).</summary>
    public static ParsedFiles Load(BinaryReader reader)
    {
        var files = new ParsedFiles();
        var count = reader.ReadInt32();
        for (var index = 0; index < count; index++)
        {
            var key = (reader.ReadString(), reader.ReadString());
            var display = reader.ReadString();
            var fingerprint = reader.ReadString();
            var stamp = new FileStamp(reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64(), reader.ReadUInt64(), reader.ReadUInt64());
            // Most files have no problems, and keep none.
            var written = ReadBytes(reader);
            var findings = written.Length == 0 ? [] : JsonSerializer.Deserialize(written, ParsedJson.Default.IReadOnlyListDiagnostic) ?? [];
            var stored = ReadBytes(reader);
            files._entries[key] = new Entry(stamp, display, fingerprint, findings) { Stored = stored.Length == 0 ? null : stored };
        }

        return files;
    }

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

        /// <summary>What was parsed, as the cache keeps it, for an entry an earlier process parsed.</summary>
        public ReadOnlyMemory<byte>? Stored { get; init; }
    }
}
