using System.IO.Compression;
using Generator.Tests.Support;

namespace Generator.Tests.Search;

/// <summary>
/// A size budget, not a timing: the JavaScript of finding and following (issue #19: search, link previews; backlinks
/// need none) stays under 12 KB in total once gzipped, as it is served. The previews live in the site script with the
/// term definitions whose pop-up they share, so the whole of both scripts is counted.
/// </summary>
[Trait("Category", "Unit")]
public sealed class SearchScriptSizeTests
{
    private const int Budget = 12 * 1024;

    [Fact]
    public void The_search_and_site_scripts_are_under_twelve_kilobytes_gzipped_together()
    {
        var sizes = new[] { "search.js", "site.js" }.ToDictionary(name => name, name => Gzipped(File.ReadAllBytes(Path.Combine(RepositoryPaths.Theme, "assets", name))));

        Assert.True(sizes.Values.Sum() < Budget, $"{string.Join(" + ", sizes.Select(s => $"{s.Key} {s.Value:N0}"))} bytes gzipped; the budget is {Budget:N0}");
    }

    private static long Gzipped(byte[] script)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(script);
        }

        return compressed.Length;
    }
}
