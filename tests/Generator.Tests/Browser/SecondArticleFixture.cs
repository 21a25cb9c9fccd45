using Generator.Tests.Support;
using Microsoft.Playwright;

namespace Generator.Tests.Browser;

/// <summary>
/// A second, purpose-made article besides the seed, served as production serves it: an image, a pull quote, notes,
/// people and places, related links, footnotes, a standfirst that links a term, and a dense section where term links, note markers and sidenotes
/// crowd the same lines (definitions there open over other terms, markers and margin notes).
/// </summary>
public sealed class SecondArticleFixture : IAsyncLifetime
{
    public const string ArticlePath = "/story/";

    private readonly TestSite _site = new();
    private ServedSite? _served;

    public IBrowser Browser => _served!.Browser;

    public string Output => _site.Output;

    public async Task InitializeAsync()
    {
        _site.WriteBytes("assets/kyiv.png", Convert.FromBase64String(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
        _site.Write("articles/story/index.md", "---\ntitle: Talks resume in Berlin\ndek: Advisers meet again.\nbyline: Desk staff\ndate: 2022-02-10\nupdated: 2022-02-11\ntags: [diplomacy]\n---\nA short standfirst on the Minsk agreements.\n");
        _site.Write("articles/story/01-first.md",
            "---\ntitle: Advisers meet\ndateline: BERLIN\npeople: [Olaf Scholz]\nplaces: [Berlin]\n" +
            "photo:\n  src: /assets/kyiv.png\n  alt: Delegations at a long table\n  caption: The talks in Berlin.\n  credit: DESK / PHOTO\n" +
            "pullquote:\n  text: We will keep talking.\n  by: An adviser\n  role: Delegation member\n" +
            "related:\n  - title: Earlier talks in Paris\n    url: https://example.org/paris\n" +
            "notes:\n  - quote: met for nine hours\n    text: The longest round **so far**.\n  - quote: keep talking\n    text: A second note.\n---\n" +
            "Advisers in the Normandy format met for nine hours.[^1] They said they would keep talking.\n\n[^1]: Reported by the delegations.\n");
        _site.Write("articles/story/02-second.md", "---\ntitle: What comes next\n---\nThe Normandy Four may meet at leaders' level.\n");
        foreach (var (slug, name, definition) in new[]
        {
            ("minsk-agreements", "Minsk agreements", "Two ceasefire accords for eastern Ukraine, signed in 2014 and 2015."),
            ("donbas", "Donbas", "The coal-mining region of eastern Ukraine around Donetsk and Luhansk."),
            ("nato", "NATO", "The North Atlantic Treaty Organization, a military alliance of North American and European states."),
            ("state-duma", "State Duma", "The lower house of Russia's parliament."),
            ("nord-stream-2", "Nord Stream 2", "A gas pipeline under the Baltic Sea from Russia to Germany."),
            ("osce", "OSCE", "The Organization for Security and Co-operation in Europe, which monitored the ceasefire."),
            ("kremlin", "Kremlin", "The seat of Russia's presidency in Moscow, and a name for its government."),
            ("lviv", "Lviv", "A city in western Ukraine, near the Polish border."),
        })
        {
            _site.Write($"glossary/{slug}.md", $"---\nterm: {name}\nshort: {definition}\n---\n{definition}\n");
        }

        _site.Write("articles/story/03-crowded.md",
            "---\ntitle: Where the talks stand\n" +
            "notes:\n  - quote: ceasefire line\n    text: Drawn in 2015 and crossed almost daily since.\n" +
            "  - quote: two pipelines\n    text: Nord Stream 1 has carried gas since 2011.\n  - quote: moved its staff\n    text: The embassy moved within days.\n---\n" +
            "The Minsk agreements, the Donbas, NATO and the State Duma all came up; Nord Stream 2 and the OSCE too, as the Kremlin " +
            "watched the ceasefire line and Lviv filled with diplomats. The Normandy format met again.[^2]\n\n" +
            "Those who followed the Minsk agreements said the Donbas mattered more than NATO, the State Duma or the two pipelines; " +
            "the OSCE kept its monitors, the Kremlin its troops, and an embassy moved its staff to Lviv.\n\n[^2]: In Berlin.\n");
        _site.BuildSuccessfully();

        _served = await ServedSite.StartAsync(_site.Output);
    }

    /// <summary>A page of the site in a fresh context, with console errors, page errors and failed requests collected.</summary>
    public Task<(IPage Page, List<string> Problems)> OpenAsync(
        string path, int width = 1280, int height = 900, ColorScheme scheme = ColorScheme.Light, bool touch = false) =>
        _served!.OpenAsync(path, width, height, scheme, touch);

    public async Task DisposeAsync()
    {
        if (_served is not null)
        {
            await _served.DisposeAsync();
        }
        _site.Dispose();
    }
}
