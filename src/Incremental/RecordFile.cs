using System.IO.Hashing;
using System.Text;

namespace Generator.Incremental;

/// <summary>
/// A build cache file of keyed records (articles, pages, parsed content files, search entries, backlinks) that a build
/// writes in proportion to what it changed, not to the archive: a base file holding every record as it was when last
/// written whole, and beside it a journal (<c>.journal</c>) of batches, each the records one later build added or
/// changed and the keys it removed. Reading applies the batches to the base in order, so it gives exactly what the last
/// save was given. Once the journal would hold as many records, or as many bytes, as a quarter of the base, the save
/// writes the base whole again and starts the journal over, so reading never costs much more than the base alone (a
/// few large records changed again and again, as a common word's postings in the search index, count by their bytes).
/// <para>
/// What changed is found by comparing what is saved with what the file last held (read or written), record by record:
/// a record a build took from the cache unchanged is the very object read, so by default records are compared by
/// reference; a store whose records are made anew every build gives its own comparison. The store only says what it
/// holds; it never has to say what it changed, so no change can be forgotten.
/// </para>
/// <para>
/// A batch is appended with its length and checksum: a build killed mid-append leaves a tail that the next read
/// ignores and the next save cuts off. The journal names the base it extends (a number drawn when the base is
/// written), so a journal left beside a newer base, by a build killed between writing the base and removing the
/// journal, is ignored. Either way what is read is what an earlier build saved, and every record is a memo of the
/// inputs it was made from, checked before it is used: a lost batch costs only work.
/// </para>
/// </summary>
/// <param name="writeRecords">Writes records (all of them into the base, the changed ones into a batch).</param>
/// <param name="readRecords">Reads what <paramref name="writeRecords"/> wrote.</param>
/// <param name="same">Whether a record is unchanged; reference equality when not given.</param>
public sealed class RecordFile<T>(
    string path,
    string generator,
    Action<BinaryWriter, IReadOnlyCollection<KeyValuePair<string, T>>> writeRecords,
    Func<BinaryReader, IReadOnlyList<KeyValuePair<string, T>>> readRecords,
    Func<T, T, bool>? same = null)
    where T : class
{
    /// <summary>A journal this short is always appended to, however small the base (a site of a few articles).</summary>
    private const int SmallestJournal = 64;
    private const int SmallestJournalBytes = 64 * 1024;
    private const int BatchHeaderLength = sizeof(int) + sizeof(ulong);

    private readonly Func<T, T, bool> _same = same ?? ReferenceEquals;
    // The file is read on first use, which parallel steps reach at once: it is read once, not once per thread.
    private readonly Lock _loading = new();
    private Dictionary<string, T>? _held;
    private bool _hasBase;
    private long _baseId;
    private int _baseCount;
    private long _baseLength;
    // Records and removals the journal holds, and its length up to its last whole batch (0: none yet).
    private int _journalCount;
    private long _journalLength;

    public string Path { get; } = path;

    private string JournalPath => Path + ".journal";

    /// <summary>The records as the last save left them (empty when there is none, or the base cannot be read).</summary>
    public IReadOnlyDictionary<string, T> Read()
    {
        if (Volatile.Read(ref _held) is { } held)
        {
            return held;
        }

        lock (_loading)
        {
            return _held ??= Load();
        }
    }

    /// <summary>
    /// Makes the file hold exactly <paramref name="records"/>: appends a batch of what differs from what it held, or,
    /// when the journal has grown long (or cannot be appended to), writes the base whole.
    /// </summary>
    public void Save(IReadOnlyDictionary<string, T> records)
    {
        try
        {
            var held = Read();
            var removed = held.Keys.Where(key => !records.ContainsKey(key)).ToList();
            var changed = records.Where(pair => !held.TryGetValue(pair.Key, out var old) || !_same(old, pair.Value)).ToList();
            if (_hasBase && removed.Count == 0 && changed.Count == 0)
            {
                return;
            }

            var journalFits = _journalCount + removed.Count + changed.Count <= Math.Max(SmallestJournal, _baseCount / 4);
            if (!(_hasBase && journalFits && TryAppend(removed, changed)))
            {
                WriteBase(records);
            }

            _held = new Dictionary<string, T>(records, StringComparer.Ordinal);
        }
        catch
        {
            // What the files hold is no longer known: the next save reads them again.
            _held = null;
            throw;
        }
    }

    private Dictionary<string, T> Load()
    {
        var records = new Dictionary<string, T>(StringComparer.Ordinal);
        (_hasBase, _baseCount, _journalCount, _journalLength) = (false, 0, 0, 0);
        try
        {
            using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
            using var reader = new SharingReader(stream);
            if (!CacheFormat.ReadHeader(reader, generator))
            {
                return records;
            }

            var baseId = reader.ReadInt64();
            foreach (var (key, record) in readRecords(reader))
            {
                records[key] = record;
            }

            (_hasBase, _baseId, _baseCount, _baseLength) = (true, baseId, records.Count, stream.Length);
        }
        catch (Exception exception) when (CacheFormat.IsDamage(exception))
        {
            records.Clear();
            return records;
        }

        ApplyJournal(records);
        return records;
    }

    /// <summary>Applies the journal's whole batches in order; stops at a damaged or cut-off one, which the next append overwrites.</summary>
    private void ApplyJournal(Dictionary<string, T> records)
    {
        try
        {
            using var stream = new FileStream(JournalPath, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (!CacheFormat.ReadHeader(reader, generator) || reader.ReadInt64() != _baseId)
            {
                // Another base's journal: the next append starts a new one.
                return;
            }

            var whole = stream.Position;
            while (stream.Length - whole >= BatchHeaderLength)
            {
                var length = reader.ReadInt32();
                var checksum = reader.ReadUInt64();
                if (length < 0 || stream.Length - stream.Position < length)
                {
                    break;
                }

                var batch = reader.ReadBytes(length);
                if (XxHash64.HashToUInt64(batch) != checksum)
                {
                    break;
                }

                _journalCount += Apply(batch, records);
                whole = stream.Position;
            }

            _journalLength = whole;
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            // No journal: the base is all there is.
        }
        catch (Exception exception) when (CacheFormat.IsDamage(exception))
        {
            // A batch whose checksum held but whose records do not read: what was applied of it is not what any build
            // saved, and the next save writes the base whole.
            _hasBase = false;
        }
    }

    /// <summary>Applies one batch; returns how many records and removals it held.</summary>
    private int Apply(byte[] batch, Dictionary<string, T> records)
    {
        using var reader = new SharingReader(new MemoryStream(batch, writable: false));
        var removals = reader.ReadInt32();
        for (var index = 0; index < removals; index++)
        {
            records.Remove(reader.ReadString());
        }

        var written = readRecords(reader);
        foreach (var (key, record) in written)
        {
            records[key] = record;
        }

        return removals + written.Count;
    }

    private bool TryAppend(List<string> removed, List<KeyValuePair<string, T>> changed)
    {
        var batch = new MemoryStream();
        using (var writer = new BinaryWriter(batch, Encoding.UTF8, leaveOpen: true))
        {
            // Room for the length and checksum, filled in below.
            writer.Write(0);
            writer.Write(0UL);
            writer.Write(removed.Count);
            removed.ForEach(writer.Write);
            writeRecords(writer, changed);
        }

        if (_journalLength + batch.Length > Math.Max(SmallestJournalBytes, _baseLength / 4))
        {
            return false;
        }

        var bytes = batch.GetBuffer().AsSpan(0, (int)batch.Length);
        var body = bytes[BatchHeaderLength..];
        BitConverter.TryWriteBytes(bytes[..sizeof(int)], body.Length);
        BitConverter.TryWriteBytes(bytes[sizeof(int)..BatchHeaderLength], XxHash64.HashToUInt64(body));

        using var stream = new FileStream(JournalPath, _journalLength == 0 ? FileMode.Create : FileMode.OpenOrCreate, FileAccess.Write, FileShare.None);
        if (_journalLength == 0)
        {
            using var header = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
            CacheFormat.WriteHeader(header, generator);
            header.Write(_baseId);
        }
        else if (stream.Length < _journalLength)
        {
            // Not the journal this process read or wrote: the base is written whole instead.
            return false;
        }
        else
        {
            // A tail a killed build left after the last whole batch is cut off.
            stream.SetLength(_journalLength);
            stream.Seek(0, SeekOrigin.End);
        }

        stream.Write(bytes);
        _journalLength = stream.Position;
        _journalCount += removed.Count + changed.Count;
        return true;
    }

    /// <summary>Written beside the final name and renamed over it, then the journal it replaces is removed.</summary>
    private void WriteBase(IReadOnlyDictionary<string, T> records)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var baseId = Random.Shared.NextInt64();
        var temporary = $"{Path}.{Environment.ProcessId}.tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024))
        using (var writer = new BinaryWriter(stream, Encoding.UTF8))
        {
            CacheFormat.WriteHeader(writer, generator);
            writer.Write(baseId);
            writeRecords(writer, records);
        }

        File.Move(temporary, Path, overwrite: true);
        File.Delete(JournalPath);
        (_hasBase, _baseId, _baseCount, _baseLength, _journalCount, _journalLength) = (true, baseId, records.Count, new FileInfo(Path).Length, 0, 0);
    }
}
