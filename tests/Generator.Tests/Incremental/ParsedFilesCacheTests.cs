using System.Text.Json;
using Generator.Content;
using Generator.Diagnostics;
using Generator.Incremental;
using Generator.Pipeline;
using Generator.Tests.Support;

namespace Generator.Tests.Incremental;

/// <summary>
/// A build reads only the content files whose stamp moved: what was parsed from the others is kept in the build cache
/// (parsed.bin) and is the parse itself, field for field; a damaged copy costs only a full read.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class ParsedFilesCacheTests : IDisposable
{
    private readonly TestSite _site = new();

    public ParsedFilesCacheTests()
    {
        _site.Write("articles/story/02-second.md", "---\ntitle: Second\ndateline: KYIV\npeople: Olaf Scholz, Emmanuel Macron\nnotes:\n  - quote: Text\n    text: A note.\n---\nText.\n");
        _site.Write("articles/story/index.md", "---\ntitle: A test story\ndate: 2022-02-14T09:30:00+02:00\nupdated: 2022-02-15\ntags: [talks]\ncorrections:\n  - at: 2022-02-16\n    text: The talks were in *Berlin*.\n---\nThe standfirst.\n");
    }

    private string CacheFolder => BuildCache.FolderFor(_site.Output);

    private BuildResult Build() =>
        BuildPipeline.Run(new BuildOptions(_site.Input, _site.Output, RepositoryPaths.Theme, Cache: new BuildCache(CacheFolder)));

    private (ContentSet Content, IReadOnlyList<Diagnostic> Diagnostics) Load(ParsedFiles? parsed)
    {
        var diagnostics = new DiagnosticBag();
        var content = LoadContent.Run(_site.Input, includeDrafts: false, diagnostics, parsed);
        Assert.NotNull(content);
        return (content, diagnostics.Sorted());
    }

    // An article's record leaves out its sections (each is a file, and a record, of its own): they are written too.
    private static string Written(ContentSet content) =>
        string.Join("\n", content.Articles.SelectMany(article => article.Sections.Select(section => JsonSerializer.Serialize(section, ParsedJson.Default.Section))
                .Prepend(JsonSerializer.Serialize(article, ParsedJson.Default.Article)))
            .Concat(content.Terms.Select(term => JsonSerializer.Serialize(term, ParsedJson.Default.Term))));

    [Fact]
    public void A_second_build_reads_no_unchanged_file_and_one_changed_file_once()
    {
        Assert.True(Build().Succeeded);
        Assert.Equal(0, Build().ContentFilesRead!.Value.Read);

        _site.Write("articles/story/01-first.md", TestSite.MinimalSection + "\nA new paragraph.\n");
        var result = Build();

        Assert.True(result.Succeeded);
        Assert.Equal(1, result.ContentFilesRead!.Value.Read);
        Assert.Equal(4, result.ContentFilesRead!.Value.Used);
    }

    [Fact]
    public void Records_taken_from_the_cache_and_written_whole_again_read_back_as_parsed()
    {
        // Enough sections that changing half of them writes the cache's base whole again, with the other half as taken
        // from it (their stored bytes let go once read) serialized anew.
        for (var number = 10; number < 150; number++)
        {
            _site.Write($"articles/story/{number:D3}-part-{number}.md", $"---\ntitle: Part {number}\npeople: Olaf Scholz\n---\nText {number}.\n");
        }

        Assert.True(Build().Succeeded);
        for (var number = 10; number < 80; number++)
        {
            _site.Write($"articles/story/{number:D3}-part-{number}.md", $"---\ntitle: Part {number}, revised\n---\nText {number}.\n");
        }

        Assert.True(Build().Succeeded);
        Assert.False(File.Exists(Path.Combine(CacheFolder, "parsed.bin.journal")) && new FileInfo(Path.Combine(CacheFolder, "parsed.bin.journal")).Length > 0);

        var parsed = new BuildCache(CacheFolder).ParsedFiles;
        var cached = Load(parsed);
        Assert.Equal(0, parsed.FilesRead.Read);
        Assert.Equal(Written(Load(parsed: null).Content), Written(cached.Content));
    }

    [Fact]
    public void A_build_that_runs_once_makes_each_record_again_from_the_cache_and_the_preview_keeps_the_one_it_made()
    {
        Assert.True(Build().Succeeded);

        // A one-off build keeps the cache's bytes, not the record made of them (see ParsedFiles: a young record in an
        // old entry costs every collection of the load a look at it)...
        var once = new BuildCache(CacheFolder).ParsedFiles;
        Assert.NotSame(Load(once).Content.Articles[0].Sections[1], Load(once).Content.Articles[0].Sections[1]);
        Assert.Equal(0, once.FilesRead.Read);

        // ...the preview, whose next build asks again, keeps the record.
        var preview = new BuildCache(CacheFolder, keepInMemory: true).ParsedFiles;
        Assert.Same(Load(preview).Content.Articles[0].Sections[1], Load(preview).Content.Articles[0].Sections[1]);
    }

    [Fact]
    public void Lists_read_back_from_the_cache_are_arrays_of_their_length_and_every_empty_one_is_the_same()
    {
        Assert.True(Build().Succeeded);

        var section = Load(new BuildCache(CacheFolder).ParsedFiles).Content.Articles[0].Sections[1];

        Assert.Single(Assert.IsType<string[]>(section.People));
        Assert.Single(Assert.IsType<Note[]>(section.Notes));
        Assert.Same(Array.Empty<string>(), section.Places);
        Assert.Same(Array.Empty<RelatedLink>(), section.Related);
        Assert.Same(Array.Empty<LocatedText>(), section.RedirectFrom);
    }

    [Fact]
    public void A_files_record_names_the_file_only_in_its_key_and_display_path()
    {
        Assert.True(Build().Succeeded);

        // The section holds its body, dateline, people and a note, each with its place in the file.
        var cache = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(CacheFolder, "parsed.bin")));
        var path = _site.PathOf("articles/story/02-second.md");
        var display = SourceFileReader.DisplayPathOf(path);

        // Once in its key (the full path ends with the display path) and once as its display path.
        Assert.Equal(2, cache.Split(display).Length - 1);
    }

    [Fact]
    public void What_is_taken_from_the_cache_is_what_parsing_gives_with_the_same_warnings()
    {
        Assert.True(Build().Succeeded);
        var fresh = Load(parsed: null);

        var cached = Load(new BuildCache(CacheFolder).ParsedFiles);

        Assert.Equal(Written(fresh.Content), Written(cached.Content));
        Assert.NotEmpty(cached.Diagnostics);
        Assert.Equal(fresh.Diagnostics, cached.Diagnostics);
        // Its text is read when something asks for it, as the file holds it.
        Assert.Equal(fresh.Content.Articles[0].Sections[1].Body.Text, cached.Content.Articles[0].Sections[1].Body.Text);
    }

    [Fact]
    public void A_damaged_copy_is_read_as_missing_and_the_site_is_the_same()
    {
        Assert.True(Build().Succeeded);
        var page = File.ReadAllBytes(Path.Combine(_site.Output, "story", "index.html"));
        var copy = Path.Combine(CacheFolder, "parsed.bin");
        var bytes = File.ReadAllBytes(copy);
        File.WriteAllBytes(copy, bytes[..(bytes.Length / 2)]);
        _site.Write("articles/story/01-first.md", TestSite.MinimalSection);

        var result = Build();

        Assert.True(result.Succeeded);
        Assert.Equal(result.ContentFilesRead!.Value.Used, result.ContentFilesRead!.Value.Read);
        Assert.Equal(page, File.ReadAllBytes(Path.Combine(_site.Output, "story", "index.html")));
    }

    [Fact]
    public void A_file_whose_text_is_not_what_the_cache_fingerprinted_stops_the_read_naming_the_file()
    {
        var path = _site.PathOf("articles/story/01-first.md");
        var unread = SourceFile.Unread("input/articles/story/01-first.md", path, fingerprint: "not the fingerprint of its text");

        var changed = Assert.Throws<SourceFileChangedException>(() => unread.Text);

        Assert.Equal("input/articles/story/01-first.md", changed.DisplayPath);
    }

    public void Dispose() => _site.Dispose();
}
