using Generator.Incremental;

namespace Generator.Tests.Incremental;

/// <summary>
/// A record file gives back exactly what was last saved, whatever mix of whole bases and journal batches holds it; a
/// save writes only what changed; a cut-off or damaged batch, or a journal left beside a newer base, costs nothing but
/// the records it held.
/// </summary>
[Trait("Category", "Unit")]
public sealed class RecordFileTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "generator-tests", Guid.NewGuid().ToString("N"));

    private string FilePath => Path.Combine(_folder, "records.bin");

    private string JournalPath => FilePath + ".journal";

    private sealed record Note(string Text);

    private RecordFile<Note> Open(string generator = "generator 1") => new(FilePath, generator, Write, Read);

    private static void Write(BinaryWriter writer, IReadOnlyCollection<KeyValuePair<string, Note>> records)
    {
        writer.Write(records.Count);
        foreach (var (key, note) in records)
        {
            writer.Write(key);
            writer.Write(note.Text);
        }
    }

    private static IReadOnlyList<KeyValuePair<string, Note>> Read(BinaryReader reader) =>
        [.. Enumerable.Range(0, reader.ReadInt32()).Select(_ => new KeyValuePair<string, Note>(reader.ReadString(), new Note(reader.ReadString())))];

    private static Dictionary<string, Note> Notes(int count, string text = "first") =>
        Enumerable.Range(0, count).ToDictionary(index => $"note-{index:000}", index => new Note($"{text} {index}"), StringComparer.Ordinal);

    private static void AssertHolds(IReadOnlyDictionary<string, Note> expected, RecordFile<Note> file) =>
        Assert.Equal(expected.OrderBy(pair => pair.Key, StringComparer.Ordinal), file.Read().OrderBy(pair => pair.Key, StringComparer.Ordinal));

    /// <summary>The records an earlier process saved, read by a new one, as every build reads the cache.</summary>
    private static Dictionary<string, Note> Edited(RecordFile<Note> file, params (string Key, string? Text)[] edits)
    {
        var records = new Dictionary<string, Note>(file.Read(), StringComparer.Ordinal);
        foreach (var (key, text) in edits)
        {
            if (text is null)
            {
                records.Remove(key);
            }
            else
            {
                records[key] = new Note(text);
            }
        }

        return records;
    }

    [Fact]
    public void A_few_changes_are_appended_and_the_base_is_not_written_again()
    {
        Open().Save(Notes(200));
        var baseBytes = File.ReadAllBytes(FilePath);

        var file = Open();
        var edited = Edited(file, ("note-005", "changed"), ("note-006", null), ("note-new", "added"));
        file.Save(edited);

        Assert.Equal(baseBytes, File.ReadAllBytes(FilePath));
        Assert.InRange(new FileInfo(JournalPath).Length, 1, 200);
        AssertHolds(edited, Open());
    }

    [Fact]
    public void Records_taken_unchanged_are_not_written_at_all()
    {
        Open().Save(Notes(100));
        var file = Open();
        var written = File.GetLastWriteTimeUtc(FilePath);

        file.Save(new Dictionary<string, Note>(file.Read(), StringComparer.Ordinal));

        Assert.False(File.Exists(JournalPath));
        Assert.Equal(written, File.GetLastWriteTimeUtc(FilePath));
    }

    [Fact]
    public void Records_the_store_calls_the_same_are_not_written_though_made_anew()
    {
        var file = new RecordFile<Note>(FilePath, "generator 1", Write, Read, (old, now) => old.Text == now.Text);
        file.Save(Notes(100));

        file.Save(Notes(100));

        Assert.False(File.Exists(JournalPath));
    }

    [Fact]
    public void A_journal_grown_to_a_quarter_of_the_base_is_folded_into_a_new_base()
    {
        Open().Save(Notes(400));
        var firstBase = File.ReadAllBytes(FilePath);
        var expected = new Dictionary<string, Note>();
        for (var round = 0; round < 11; round++)
        {
            var file = Open();
            expected = Edited(file, [.. Enumerable.Range(0, 20).Select(index => ($"note-{(round * 20) + index:000}", (string?)$"round {round}"))]);
            file.Save(expected);
        }

        // 11 rounds of 20 changes: the sixth would have taken the journal past 100 records (a quarter of 400), so it
        // wrote a new base, and the five after it are in a new journal.
        Assert.NotEqual(firstBase, File.ReadAllBytes(FilePath));
        Assert.True(File.Exists(JournalPath));
        AssertHolds(expected, Open());
    }

    [Fact]
    public void A_journal_grown_to_a_quarter_of_the_bases_bytes_is_folded_into_a_new_base_however_few_its_records()
    {
        // 400 records of about a kilobyte; then one record of 30 KB changed again and again, as a common word's postings.
        Open().Save(Notes(400, new string('x', 1000)));
        var firstBase = File.ReadAllBytes(FilePath);
        var expected = new Dictionary<string, Note>();
        for (var round = 0; round < 4; round++)
        {
            var file = Open();
            expected = Edited(file, ("note-001", new string((char)('a' + round), 30_000)));
            file.Save(expected);

            // Three batches hold 90 KB, under a quarter of the 400 KB base; the fourth would take the journal past it.
            Assert.Equal(round < 3, firstBase.AsSpan().SequenceEqual(File.ReadAllBytes(FilePath)));
        }

        Assert.False(File.Exists(JournalPath));
        AssertHolds(expected, Open());
    }

    [Fact]
    public void A_batch_cut_off_by_a_killed_build_is_ignored_and_the_next_save_writes_over_it()
    {
        Open().Save(Notes(100));
        var first = Open();
        var before = Edited(first, ("note-001", "one"));
        first.Save(before);
        var second = Open();
        second.Save(Edited(second, ("note-002", "two")));
        using (var journal = new FileStream(JournalPath, FileMode.Open))
        {
            journal.SetLength(journal.Length - 3);
        }

        var afterKill = Open();
        AssertHolds(before, afterKill);
        var next = Edited(afterKill, ("note-003", "three"));
        afterKill.Save(next);

        AssertHolds(next, Open());
    }

    [Fact]
    public void A_batch_whose_bytes_changed_is_ignored()
    {
        Open().Save(Notes(100));
        var file = Open();
        file.Save(Edited(file, ("note-001", "one")));
        var bytes = File.ReadAllBytes(JournalPath);
        bytes[^2] ^= 0x20;
        File.WriteAllBytes(JournalPath, bytes);

        AssertHolds(Notes(100), Open());
    }

    [Fact]
    public void A_journal_left_beside_a_newer_base_is_ignored()
    {
        Open().Save(Notes(100));
        var file = Open();
        file.Save(Edited(file, ("note-001", "stale")));
        var staleJournal = File.ReadAllBytes(JournalPath);
        // A save that changes every record writes a new base and removes the journal; a build killed before removing
        // it leaves the old journal beside the new base.
        var rewritten = Notes(100, "second");
        Open().Save(rewritten);
        File.WriteAllBytes(JournalPath, staleJournal);

        var reopened = Open();
        AssertHolds(rewritten, reopened);
        var next = Edited(reopened, ("note-004", "four"));
        reopened.Save(next);
        AssertHolds(next, Open());
    }

    [Fact]
    public void A_damaged_base_reads_as_empty_and_is_written_whole_again()
    {
        Open().Save(Notes(100));
        var bytes = File.ReadAllBytes(FilePath);
        File.WriteAllBytes(FilePath, bytes[..(bytes.Length / 2)]);

        var file = Open();
        Assert.Empty(file.Read());
        file.Save(Notes(10));

        Assert.False(File.Exists(JournalPath));
        AssertHolds(Notes(10), Open());
    }

    [Fact]
    public void Equal_short_strings_are_read_back_as_one_object_and_long_ones_as_they_are()
    {
        var longText = new string('x', 200);
        Open().Save(new Dictionary<string, Note> { ["a"] = new("shared"), ["b"] = new("shared"), ["c"] = new(longText), ["d"] = new(longText) });

        var read = Open().Read();

        Assert.Same(read["a"].Text, read["b"].Text);
        Assert.Equal(read["c"].Text, read["d"].Text);
        Assert.NotSame(read["c"].Text, read["d"].Text);
    }

    [Fact]
    public void Another_generators_file_reads_as_empty()
    {
        Open("generator 1").Save(Notes(10));

        Assert.Empty(Open("generator 2").Read());
    }

    [Fact]
    public void Any_sequence_of_saves_by_new_processes_reads_back_as_the_last_one_saved()
    {
        var random = new Random(15);
        var expected = new Dictionary<string, Note>(StringComparer.Ordinal);
        for (var save = 0; save < 60; save++)
        {
            var file = Open();
            AssertHolds(expected, file);
            expected = new Dictionary<string, Note>(file.Read(), StringComparer.Ordinal);
            for (var edit = random.Next(0, save % 10 == 0 ? 120 : 8); edit > 0; edit--)
            {
                var key = $"note-{random.Next(0, 150):000}";
                if (random.Next(4) == 0)
                {
                    expected.Remove(key);
                }
                else
                {
                    expected[key] = new Note($"save {save}");
                }
            }

            file.Save(expected);
        }

        AssertHolds(expected, Open());
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
