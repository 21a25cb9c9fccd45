using System.Text;
using Generator.Diagnostics;
using Generator.Publishing;
using Generator.Rendering;

namespace Generator.Incremental;

/// <summary>
/// The cache's files: a compact binary form, versioned, read and written without reflection (Native AOT). A file that
/// cannot be read — an older format, a truncated write — is treated as missing: the cache only ever saves work.
/// </summary>
public static class CacheFormat
{
    private const int Version = 11;
    private static readonly byte[] Magic = "AGC1"u8.ToArray();

    /// <summary>Articles of the index by slug (<see cref="BuildCache"/> keeps them in a <see cref="RecordFile{T}"/>).</summary>
    public static void WriteArticles(BinaryWriter writer, IReadOnlyCollection<KeyValuePair<string, ArticleRecord>> articles)
    {
        writer.Write(articles.Count);
        foreach (var (slug, record) in articles)
        {
            writer.Write(slug);
            WriteArticle(writer, record);
        }
    }

    public static IReadOnlyList<KeyValuePair<string, ArticleRecord>> ReadArticles(BinaryReader reader)
    {
        var articles = new KeyValuePair<string, ArticleRecord>[reader.ReadInt32()];
        for (var index = 0; index < articles.Length; index++)
        {
            articles[index] = new(reader.ReadString(), ReadArticle(reader));
        }

        return articles;
    }

    public static void WriteProse(string path, string generator, ArticleProse prose) => WriteFile(path, generator, writer =>
    {
        writer.Write(prose.OutputFingerprint);
        WriteList(writer, prose.SectionsHtml);
    });

    public static ArticleProse? ReadProse(string path, string generator) => ReadFile(path, generator, reader =>
        new ArticleProse(reader.ReadString(), ReadList(reader)));

    /// <summary>
    /// Pages share most of their inputs, at the same versions (the site, the layouts, the terms they link), and most of
    /// the links and ids the checks read from them (the navigation, the same terms' pages): each input and version,
    /// link and id is written once, and a page lists its own by their numbers. Read back, equal links and ids are one
    /// object, not one per page: an archive's pages hold millions of links but tens of thousands of different ones.
    /// </summary>
    public static void WritePages(BinaryWriter writer, IReadOnlyCollection<KeyValuePair<string, PageRecord>> pages)
    {
        var dependencies = Numbered(pages.SelectMany(page => page.Value.Dependencies));
        var links = Numbered(pages.SelectMany(page => page.Value.Facts.Links));
        var ids = Numbered(pages.SelectMany(page => page.Value.Facts.Ids));
        writer.Write(dependencies.Count);
        foreach (var dependency in dependencies.Keys)
        {
            writer.Write(dependency.Name);
            writer.Write(dependency.Version);
        }

        writer.Write(links.Count);
        foreach (var link in links.Keys)
        {
            writer.Write(link.Address);
            writer.Write(link.Section ?? "");
        }

        WriteList(writer, [.. ids.Keys]);
        writer.Write(pages.Count);
        foreach (var (outputPath, page) in pages)
        {
            writer.Write(outputPath);
            WriteNumbers(writer, page.Dependencies, dependencies);
            writer.Write(page.FileLength);
            writer.Write(page.FileWriteTicks);
            WriteNumbers(writer, page.Facts.Ids, ids);
            WriteNumbers(writer, page.Facts.Links, links);
            writer.Write(page.Facts.ImagesWithoutAlt);
            writer.Write(page.Facts.Fingerprint);
        }
    }

    public static IReadOnlyList<KeyValuePair<string, PageRecord>> ReadPages(BinaryReader reader)
    {
        var dependencies = new RecordedDependency[reader.ReadInt32()];
        for (var index = 0; index < dependencies.Length; index++)
        {
            dependencies[index] = new RecordedDependency(reader.ReadString(), reader.ReadString());
        }

        var links = new PageLink[reader.ReadInt32()];
        for (var index = 0; index < links.Length; index++)
        {
            var address = reader.ReadString();
            var section = reader.ReadString();
            links[index] = new PageLink(address, section.Length == 0 ? null : section);
        }

        var ids = ReadList(reader);
        var pages = new KeyValuePair<string, PageRecord>[reader.ReadInt32()];
        for (var index = 0; index < pages.Length; index++)
        {
            var outputPath = reader.ReadString();
            var inputs = ReadNumbered(reader, dependencies);
            var length = reader.ReadInt64();
            var ticks = reader.ReadInt64();
            var pageIds = ReadNumbered(reader, ids);
            var pageLinks = ReadNumbered(reader, links);
            var imagesWithoutAlt = reader.ReadInt32();
            pages[index] = new(outputPath, new PageRecord(inputs, length, ticks, new PageFacts(pageIds, pageLinks, imagesWithoutAlt) { Fingerprint = reader.ReadString() }));
        }

        return pages;
    }

    /// <summary>Each distinct value with its number, in the order first met.</summary>
    private static Dictionary<T, int> Numbered<T>(IEnumerable<T> values)
        where T : notnull
    {
        var numbers = new Dictionary<T, int>();
        foreach (var value in values)
        {
            numbers.TryAdd(value, numbers.Count);
        }

        return numbers;
    }

    private static void WriteNumbers<T>(BinaryWriter writer, IReadOnlyList<T> values, Dictionary<T, int> numbers)
        where T : notnull
    {
        writer.Write(values.Count);
        foreach (var value in values)
        {
            writer.Write(numbers[value]);
        }
    }

    private static T[] ReadNumbered<T>(BinaryReader reader, T[] known)
    {
        var values = new T[reader.ReadInt32()];
        for (var index = 0; index < values.Length; index++)
        {
            values[index] = known[reader.ReadInt32()];
        }

        return values;
    }

    public static void WriteTerms(BinaryWriter writer, IReadOnlyCollection<KeyValuePair<string, TermSnapshot>> terms)
    {
        writer.Write(terms.Count);
        foreach (var (slug, snapshot) in terms)
        {
            writer.Write(slug);
            writer.Write(snapshot.MatchingFingerprint);
            WriteList(writer, snapshot.Words);
        }
    }

    public static IReadOnlyList<KeyValuePair<string, TermSnapshot>> ReadTerms(BinaryReader reader)
    {
        var terms = new KeyValuePair<string, TermSnapshot>[reader.ReadInt32()];
        for (var index = 0; index < terms.Length; index++)
        {
            terms[index] = new(reader.ReadString(), new TermSnapshot(reader.ReadString(), ReadList(reader)));
        }

        return terms;
    }

    /// <summary>The last clean site check: what it read of the pages, and the files its links led to.</summary>
    public static void WriteCleanCheck(string path, string generator, Publishing.CleanLinkCheck.Memo memo) => WriteFile(path, generator, writer =>
    {
        writer.Write(memo.Input);
        WriteList(writer, memo.Targets);
    });

    public static Publishing.CleanLinkCheck.Memo? ReadCleanCheck(string path, string generator) => ReadFile(path, generator, reader =>
        new Publishing.CleanLinkCheck.Memo(reader.ReadString(), ReadList(reader)));

    public static void WriteLastBuild(string path, string generator, LastBuild build) => WriteFile(path, generator, writer =>
    {
        writer.Write(build.Inputs);
        writer.Write(build.Output);
        writer.Write(build.GitCommit ?? "");
        WriteTime(writer, build.PublishedUpTo);
        WriteTime(writer, build.NextRelease);
        foreach (var figure in new[] { build.Pages, build.Articles, build.Terms, build.TermLinks, build.DraftsLeftOut, build.OutputFiles, build.ContentFiles })
        {
            writer.Write(figure);
        }

        writer.Write(build.HeldBack is not null);
        if (build.HeldBack is { } held)
        {
            writer.Write(held.Count);
            WriteTime(writer, held.Next);
            writer.Write(held.NextSlug);
        }

        // As JSON, whole: a warning's related location is reported again too.
        var warnings = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(build.Warnings, ParsedJson.Default.IReadOnlyListDiagnostic);
        writer.Write(warnings.Length);
        writer.Write(warnings);
    });

    public static LastBuild? ReadLastBuild(string path, string generator) => ReadFile(path, generator, reader =>
    {
        var inputs = reader.ReadString();
        var output = reader.ReadString();
        var commit = reader.ReadString();
        var publishedUpTo = ReadTime(reader);
        var nextRelease = ReadTime(reader);
        var figures = Enumerable.Range(0, 7).Select(_ => reader.ReadInt32()).ToArray();
        var held = reader.ReadBoolean() ? new Content.ScheduledRelease(reader.ReadInt32(), ReadTime(reader), reader.ReadString()) : null;
        var warnings = System.Text.Json.JsonSerializer.Deserialize(reader.ReadBytes(reader.ReadInt32()), ParsedJson.Default.IReadOnlyListDiagnostic) ?? [];
        return new LastBuild(inputs, output, commit.Length == 0 ? null : commit, publishedUpTo, nextRelease,
            figures[0], figures[1], figures[2], figures[3], figures[4], held, figures[5], figures[6], warnings);
    });

    /// <summary>An instant with the offset it is shown in.</summary>
    private static void WriteTime(BinaryWriter writer, DateTimeOffset time)
    {
        writer.Write(time.UtcTicks);
        writer.Write((short)time.Offset.TotalMinutes);
    }

    private static DateTimeOffset ReadTime(BinaryReader reader)
    {
        var ticks = reader.ReadInt64();
        var offset = TimeSpan.FromMinutes(reader.ReadInt16());
        return new DateTimeOffset(ticks, TimeSpan.Zero).ToOffset(offset);
    }

    private static void WriteArticle(BinaryWriter writer, ArticleRecord record)
    {
        writer.Write(record.Key);
        writer.Write(record.OutputFingerprint);
        WriteDictionary(writer, record.TermFingerprints);
        writer.Write(record.StandfirstHtml);
        writer.Write(record.Sections.Count);
        foreach (var section in record.Sections)
        {
            writer.Write(section.Slug);
            writer.Write(section.Notes.Count);
            foreach (var note in section.Notes)
            {
                writer.Write(note.Number);
                writer.Write(note.Quote);
                writer.Write(note.Html);
            }

            WriteList(writer, section.LinkedTermSlugs);
            WriteDictionary(writer, section.ListedTermSlugs);
            writer.Write(section.WordCount);
        }

        WriteList(writer, record.DefinitionSlugs);
        WriteWarnings(writer, record.Warnings);
        writer.Write(record.ReaderText);
        writer.Write(record.Links.Count);
        foreach (var link in record.Links)
        {
            writer.Write(link.TargetSlug);
            writer.Write(link.TargetSection ?? "");
            writer.Write(link.SourceSection ?? "");
            writer.Write(link.Sentence);
            writer.Write(link.Shorthand);
            writer.Write(link.Line);
            writer.Write(link.Column);
        }
    }

    private static ArticleRecord ReadArticle(BinaryReader reader)
    {
        var key = reader.ReadString();
        var output = reader.ReadString();
        var terms = ReadDictionary(reader);
        var standfirst = reader.ReadString();
        var sections = new SectionRecord[reader.ReadInt32()];
        for (var index = 0; index < sections.Length; index++)
        {
            var slug = reader.ReadString();
            var notes = new RenderedNote[reader.ReadInt32()];
            for (var note = 0; note < notes.Length; note++)
            {
                notes[note] = new RenderedNote(reader.ReadInt32(), reader.ReadString(), reader.ReadString());
            }

            sections[index] = new SectionRecord(slug, notes, ReadList(reader), ReadDictionary(reader), reader.ReadInt32());
        }

        var definitions = ReadList(reader);
        var warnings = ReadWarnings(reader);
        var readerText = reader.ReadString();
        var links = new StoryLinks.StoryLink[reader.ReadInt32()];
        for (var index = 0; index < links.Length; index++)
        {
            var target = reader.ReadString();
            var targetSection = reader.ReadString();
            var sourceSection = reader.ReadString();
            links[index] = new StoryLinks.StoryLink(target, targetSection.Length == 0 ? null : targetSection, sourceSection.Length == 0 ? null : sourceSection,
                reader.ReadString(), reader.ReadBoolean(), reader.ReadInt32(), reader.ReadInt32());
        }

        return new ArticleRecord(key, output, terms, standfirst, sections, definitions, warnings, readerText, links);
    }

    /// <summary>Each term's rendered long definition (<see cref="DefinitionRecord"/>).</summary>
    public static void WriteDefinitions(BinaryWriter writer, IReadOnlyCollection<KeyValuePair<string, DefinitionRecord>> definitions)
    {
        writer.Write(definitions.Count);
        foreach (var (slug, record) in definitions)
        {
            writer.Write(slug);
            writer.Write(record.Key);
            WriteDictionary(writer, record.TermFingerprints);
            writer.Write(record.Html);
            WriteList(writer, record.MentionedSlugs);
            WriteWarnings(writer, record.Warnings);
        }
    }

    public static IReadOnlyList<KeyValuePair<string, DefinitionRecord>> ReadDefinitions(BinaryReader reader)
    {
        var definitions = new KeyValuePair<string, DefinitionRecord>[reader.ReadInt32()];
        for (var index = 0; index < definitions.Length; index++)
        {
            definitions[index] = new(reader.ReadString(),
                new DefinitionRecord(reader.ReadString(), ReadDictionary(reader), reader.ReadString(), ReadList(reader), ReadWarnings(reader)));
        }

        return definitions;
    }

    private static void WriteWarnings(BinaryWriter writer, IReadOnlyList<Diagnostic> warnings)
    {
        writer.Write(warnings.Count);
        foreach (var warning in warnings)
        {
            writer.Write((int)warning.Severity);
            writer.Write(warning.Location.File);
            writer.Write(warning.Location.Line);
            writer.Write(warning.Location.Column);
            writer.Write(warning.Message);
            writer.Write(warning.Hint ?? "");
        }
    }

    private static Diagnostic[] ReadWarnings(BinaryReader reader)
    {
        var warnings = new Diagnostic[reader.ReadInt32()];
        for (var index = 0; index < warnings.Length; index++)
        {
            var severity = (Severity)reader.ReadInt32();
            var location = new SourceLocation(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32());
            var message = reader.ReadString();
            var hint = reader.ReadString();
            warnings[index] = new Diagnostic(severity, location, message, hint.Length == 0 ? null : hint);
        }

        return warnings;
    }

    /// <summary>Each article's "Linked from" list as the last build published it (<see cref="StoryLinks.Backlinks"/>).</summary>
    public static void WriteBacklinks(BinaryWriter writer, IReadOnlyCollection<KeyValuePair<string, IReadOnlyList<StoryLinks.Backlink>>> lists)
    {
        writer.Write(lists.Count);
        foreach (var (slug, list) in lists)
        {
            writer.Write(slug);
            writer.Write(list.Count);
            foreach (var backlink in list)
            {
                writer.Write(backlink.Title);
                writer.Write(backlink.SectionTitle ?? "");
                writer.Write(backlink.Url);
                writer.Write(backlink.Sentence);
                writer.Write(backlink.Language);
            }
        }
    }

    public static IReadOnlyList<KeyValuePair<string, IReadOnlyList<StoryLinks.Backlink>>> ReadBacklinks(BinaryReader reader)
    {
        var lists = new KeyValuePair<string, IReadOnlyList<StoryLinks.Backlink>>[reader.ReadInt32()];
        for (var index = 0; index < lists.Length; index++)
        {
            var slug = reader.ReadString();
            var list = new StoryLinks.Backlink[reader.ReadInt32()];
            for (var item = 0; item < list.Length; item++)
            {
                var title = reader.ReadString();
                var section = reader.ReadString();
                list[item] = new StoryLinks.Backlink(title, section.Length == 0 ? null : section, reader.ReadString(), reader.ReadString(), reader.ReadString());
            }

            lists[index] = new(slug, list);
        }

        return lists;
    }

    /// <summary>Written beside the final name and renamed over it, so a build killed mid-write never leaves half a file.</summary>
    private static void WriteFile(string path, string generator, Action<BinaryWriter> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024))
        using (var writer = new BinaryWriter(stream, Encoding.UTF8))
        {
            WriteHeader(writer, generator);
            write(writer);
        }

        File.Move(temporary, path, overwrite: true);
    }

    private static T? ReadFile<T>(string path, string generator, Func<BinaryReader, T> read)
        where T : class
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
            using var reader = new CacheReader(stream);
            return ReadHeader(reader, generator) ? read(reader) : null;
        }
        catch (Exception exception) when (IsDamage(exception))
        {
            return null;
        }
    }

    /// <summary>What every cache file starts with: the format and the generator that wrote it (another's is not read).</summary>
    internal static void WriteHeader(BinaryWriter writer, string generator)
    {
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(generator);
    }

    internal static bool ReadHeader(BinaryReader reader, string generator) =>
        reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) && reader.ReadInt32() == Version && reader.ReadString() == generator;

    /// <summary>What reading a missing, cut-off or damaged cache file throws: the cache treats the file as missing.</summary>
    internal static bool IsDamage(Exception exception) =>
        exception is IOException or UnauthorizedAccessException or FormatException or ArgumentException or OverflowException or IndexOutOfRangeException or System.Text.Json.JsonException;

    private static void WriteList(BinaryWriter writer, IReadOnlyList<string> values)
    {
        writer.Write(values.Count);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    private static string[] ReadList(BinaryReader reader)
    {
        var values = new string[reader.ReadInt32()];
        for (var index = 0; index < values.Length; index++)
        {
            values[index] = reader.ReadString();
        }

        return values;
    }

    private static void WriteDictionary(BinaryWriter writer, IReadOnlyDictionary<string, string> values)
    {
        writer.Write(values.Count);
        foreach (var (key, value) in values.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            writer.Write(key);
            writer.Write(value);
        }
    }

    private static Dictionary<string, string> ReadDictionary(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var values = new Dictionary<string, string>(count, StringComparer.Ordinal);
        for (var index = 0; index < count; index++)
        {
            values[reader.ReadString()] = reader.ReadString();
        }

        return values;
    }
}
