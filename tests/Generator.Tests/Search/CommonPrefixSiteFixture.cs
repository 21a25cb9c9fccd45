using Generator.Tests.Browser;
using Generator.Tests.Support;
using Microsoft.Playwright;

namespace Generator.Tests.Search;

/// <summary>
/// A site where a two-letter prefix begins many words: twelve field reports of four sections, each section's prose
/// using the same two hundred words that begin with "qu" and the word "quorum" (9,648 postings, spread over more
/// shards than the script fetches for a word it is typing), and one older story with "quorum" in its title. Served as
/// production serves it.
/// </summary>
public sealed class CommonPrefixSiteFixture : IAsyncLifetime
{
    public const string TitleMatch = "Quorum reached in parliament";

    /// <summary>Every section's prose: two hundred words that begin with "qu" (quaa, quab … quhy) and "quorum".</summary>
    public static readonly string Prose = "Field notes: " + string.Join(" ", Enumerable.Range(0, 200).Select(i => $"qu{(char)('a' + (i / 25))}{(char)('a' + (i % 25))}")) + " quorum.\n";

    private readonly TestSite _site = new(minimal: false);
    private ServedSite? _served;

    public async Task InitializeAsync()
    {
        _site.Write("site.yml", TestSite.MinimalSite);
        _site.Write("glossary/normandy-format.md", TestSite.MinimalTerm);
        _site.Write("articles/quorum/index.md", $"---\ntitle: {TitleMatch}\ndate: 2022-01-01\n---\n");
        _site.Write("articles/quorum/01-vote.md", "---\ntitle: The vote\n---\nMembers voted by a show of hands.\n");
        for (var number = 1; number <= 12; number++)
        {
            _site.Write($"articles/report-{number:00}/index.md", $"---\ntitle: Field report {number}\ndate: 2022-03-{number:00}\n---\n");
            for (var section = 1; section <= 4; section++)
            {
                _site.Write($"articles/report-{number:00}/{section:00}-notes-{section}.md", $"---\ntitle: Notes {section}\n---\n{Prose}");
            }
        }

        _site.BuildSuccessfully();
        _served = await ServedSite.StartAsync(_site.Output);
    }

    /// <summary>A page of the site in a fresh context, with console errors, page errors and failed requests collected.</summary>
    public Task<(IPage Page, List<string> Problems)> OpenAsync(string path) => _served!.OpenAsync(path);

    public async Task DisposeAsync()
    {
        if (_served is not null)
        {
            await _served.DisposeAsync();
        }

        _site.Dispose();
    }
}
