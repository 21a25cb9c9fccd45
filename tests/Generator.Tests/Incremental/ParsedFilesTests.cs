using Generator.Content;
using Generator.Diagnostics;
using Generator.Incremental;
using Generator.Tests.Support;

namespace Generator.Tests.Incremental;

/// <summary>serve keeps parsed content files between builds: unchanged files are not parsed again, their problems still reported.</summary>
[Trait("Category", "EndToEnd")]
public sealed class ParsedFilesTests : IDisposable
{
    private readonly TestSite _site = new();
    private readonly ParsedFiles _parsed;

    public ParsedFilesTests() => _parsed = new ParsedFiles(Path.Combine(_site.Root, "parsed.bin"));

    private (ContentSet Content, IReadOnlyList<Diagnostic> Diagnostics) Load()
    {
        var diagnostics = new DiagnosticBag();
        var content = LoadContent.Run(_site.Input, includeDrafts: false, diagnostics, _parsed);
        Assert.NotNull(content);
        return (content, diagnostics.Sorted());
    }

    [Fact]
    public void An_unchanged_file_is_taken_as_parsed_before_and_its_warnings_are_reported_again()
    {
        _site.Write("articles/story/02-second.md", "---\ntitle: Second\nunknown_key: 1\n---\nText.\n");
        var first = Load();

        var second = Load();

        Assert.Same(first.Content.Articles[0].Sections[1], second.Content.Articles[0].Sections[1]);
        Assert.Same(first.Content.Terms[0], second.Content.Terms[0]);
        Assert.NotEmpty(second.Diagnostics);
        Assert.Equal(first.Diagnostics, second.Diagnostics);
    }

    [Fact]
    public void A_changed_file_is_parsed_again()
    {
        var first = Load();

        _site.Write("articles/story/01-first.md", "---\ntitle: First, renamed\n---\nThe talks in the Normandy format resumed.\n");
        var second = Load();

        Assert.NotSame(first.Content.Articles[0].Sections[0], second.Content.Articles[0].Sections[0]);
        Assert.Equal("First, renamed", second.Content.Articles[0].Sections[0].Title);
    }

    [Fact]
    public void A_file_saved_again_with_the_same_text_is_not_parsed_again()
    {
        var first = Load();

        _site.Write("articles/story/01-first.md", TestSite.MinimalSection);
        File.SetLastWriteTimeUtc(_site.PathOf("articles/story/01-first.md"), DateTime.UtcNow.AddMinutes(1));
        var second = Load();

        Assert.Same(first.Content.Articles[0].Sections[0], second.Content.Articles[0].Sections[0]);
    }

    public void Dispose() => _site.Dispose();
}
