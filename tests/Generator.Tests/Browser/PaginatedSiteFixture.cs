using Generator.Tests.Support;
using Microsoft.Playwright;

namespace Generator.Tests.Browser;

/// <summary>
/// A site of ten articles listed one to a page (<c>pagination.per_page: 1</c>, the least site.yml accepts), served as
/// production serves it: the front page, a person's topic page and the archive of 2022 each have ten pages, so their
/// middle pages show the pages navigation whole — newer and older links, the current page, numbers either side and a
/// gap on each side. Every article's standfirst links a glossary term, so a definition can be opened on each listing.
/// </summary>
public sealed class PaginatedSiteFixture : IAsyncLifetime
{
    public const int Articles = 10;

    /// <summary>Each listing audited, at its first page and at a middle one.</summary>
    public static readonly IReadOnlyList<string> Listings = ["/", "/people/olaf-scholz/", "/2022/"];

    public const string MiddlePage = "page/5/";

    private readonly TestSite _site = new(minimal: false);
    private ServedSite? _served;

    public IBrowser Browser => _served!.Browser;

    public string Output => _site.Output;

    public async Task InitializeAsync()
    {
        _site.Write("site.yml", TestSite.MinimalSite + "pagination:\n  per_page: 1\n");
        _site.Write("glossary/normandy-format.md", TestSite.MinimalTerm);
        for (var number = 1; number <= Articles; number++)
        {
            // Seven in February, three in March: the year's archive has ten pages, its months seven and three.
            var date = number <= 7 ? $"2022-02-{number:00}" : $"2022-03-{number - 7:00}";
            _site.Write($"articles/round-{number:00}/index.md",
                $"---\ntitle: Talks, round {number}\ndek: Round {number} of the advisers' talks.\ndate: {date}\ntags: [diplomacy]\n---\n" +
                "Advisers of the Normandy format met again.\n");
            _site.Write($"articles/round-{number:00}/01-talks.md",
                "---\ntitle: The talks\npeople: [Olaf Scholz]\nplaces: [Berlin]\n---\nThe talks went on for hours.\n");
            _site.Write($"articles/round-{number:00}/02-reactions.md",
                "---\ntitle: Reactions\npeople: [Olaf Scholz, Emmanuel Macron]\n---\nBoth leaders spoke afterwards.\n");
        }

        _site.BuildSuccessfully();

        _served = await ServedSite.StartAsync(_site.Output);
    }

    /// <summary>A page of the site in a fresh context, with console errors, page errors and failed requests collected.</summary>
    public Task<(IPage Page, List<string> Problems)> OpenAsync(string path, int width = 1280, int height = 900, ColorScheme scheme = ColorScheme.Light) =>
        _served!.OpenAsync(path, width, height, scheme);

    public async Task DisposeAsync()
    {
        if (_served is not null)
        {
            await _served.DisposeAsync();
        }
        _site.Dispose();
    }
}
