using System.IO.Compression;
using Generator.Tests.Support;

namespace Generator.Tests.Search;

/// <summary>A size budget, not a timing: the script of search (issue #19) stays under 12 KB once gzipped, as it is served.</summary>
[Trait("Category", "Unit")]
public sealed class SearchScriptSizeTests
{
    private const int Budget = 12 * 1024;

    [Fact]
    public void The_search_script_is_under_twelve_kilobytes_gzipped()
    {
        var script = File.ReadAllBytes(Path.Combine(RepositoryPaths.Theme, "assets", "search.js"));
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(script);
        }

        Assert.True(compressed.Length < Budget, $"search.js is {compressed.Length:N0} bytes gzipped; the budget is {Budget:N0}");
    }
}
