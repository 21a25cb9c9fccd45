using Deque.AxeCore.Playwright;
using Generator.Tests.Browser;
using Microsoft.Playwright;

namespace Generator.Tests.Search;

/// <summary>
/// Search in a real Chromium on the seed site, served with production's headers (so under the real
/// Content-Security-Policy): the header's combobox as a reader types and uses the keyboard, the search page from its
/// address, nothing fetched before the field is used, and no field at all without JavaScript.
/// </summary>
[Trait("Category", "Browser")]
public sealed class SearchBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static ILocator Field(IPage page) => page.Locator("#site-search-q");

    private static ILocator Options(IPage page) => page.Locator("#site-search-results [role=option]");

    /// <summary>Types the text and waits for its results, snippets and all (the titles can be shown first).</summary>
    private static async Task TypeAsync(IPage page, string text)
    {
        await Field(page).FocusAsync();
        await Field(page).PressSequentiallyAsync(text);
        await page.Locator("#site-search-results [role=option]").First.WaitForAsync();
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#site-search-results .search-result-snippet')].every(s => s.childNodes.length)");
    }

    [Fact]
    public async Task Results_are_shown_with_their_titles_before_the_texts_of_their_snippets_arrive()
    {
        var (page, problems) = await browser.OpenAsync("/");
        // The results' texts are held back until the list is checked.
        var released = new TaskCompletionSource();
        await page.RouteAsync(url => url.Contains("/search/a/", StringComparison.Ordinal) || url.Contains("/search/t/", StringComparison.Ordinal), async route =>
        {
            await released.Task;
            await route.ContinueAsync();
        });

        await Field(page).FocusAsync();
        await Field(page).PressSequentiallyAsync("Minsk");
        await Options(page).First.WaitForAsync();

        Assert.Contains("Minsk", await page.Locator("#site-search-results .search-result-title").First.TextContentAsync());
        Assert.StartsWith("/", await Options(page).First.GetAttributeAsync("href"));
        Assert.All(await page.Locator("#site-search-results .search-result-snippet").AllTextContentsAsync(), Assert.Empty);
        Assert.Matches(@"Results: \d+", await page.Locator(".site-search [role=status]").TextContentAsync() ?? "");

        released.SetResult();
        await page.Locator("#site-search-results .search-result-snippet mark").First.WaitForAsync();
        Assert.Empty(problems);
    }

    /// <summary>
    /// The shards and summaries as if none of their words ranked the results a query shows among its first eight (as
    /// for a query of several words): without their heads.
    /// </summary>
    private static Task WithoutHeadsInShardsAsync(IPage page) =>
        page.RouteAsync(url => url.Contains("/search/s/", StringComparison.Ordinal) || url.Contains("/search/p/", StringComparison.Ordinal), async route =>
        {
            var response = await route.FetchAsync();
            var shard = System.Text.Json.Nodes.JsonNode.Parse(await response.TextAsync())!.AsObject();
            shard.Remove("_heads");
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = shard.ToJsonString() });
        });

    [Fact]
    public async Task A_result_no_shard_gives_the_head_of_is_titled_from_its_articles_heads_file_before_any_text_arrives()
    {
        var (page, problems) = await browser.OpenAsync("/");
        // The results' texts are held back until the list is checked.
        await WithoutHeadsInShardsAsync(page);
        var released = new TaskCompletionSource();
        await page.RouteAsync(url => url.Contains("/search/a/", StringComparison.Ordinal) || url.Contains("/search/t/", StringComparison.Ordinal), async route =>
        {
            await released.Task;
            await route.ContinueAsync();
        });
        var headsFiles = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/search/h/", StringComparison.Ordinal))
            {
                headsFiles.Add(request.Url);
            }
        };

        await Field(page).FocusAsync();
        await Field(page).PressSequentiallyAsync("Minsk");
        await Options(page).First.WaitForAsync();

        Assert.NotEmpty(headsFiles);
        var titles = await page.Locator("#site-search-results .search-result-title").AllTextContentsAsync();
        Assert.All(titles, title => Assert.NotEmpty(title));
        Assert.All(await Options(page).EvaluateAllAsync<string[]>("options => options.map(o => o.getAttribute('href'))"), href => Assert.StartsWith("/", href));
        Assert.All(await page.Locator("#site-search-results .search-result-snippet").AllTextContentsAsync(), Assert.Empty);

        released.SetResult();
        await page.Locator("#site-search-results .search-result-snippet mark").First.WaitForAsync();
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_head_that_arrives_after_the_reader_left_the_field_does_not_open_the_list()
    {
        var (page, problems) = await browser.OpenAsync("/");
        await WithoutHeadsInShardsAsync(page);
        var released = new TaskCompletionSource();
        var asked = new TaskCompletionSource();
        await page.RouteAsync(url => url.Contains("/search/h/", StringComparison.Ordinal), async route =>
        {
            asked.TrySetResult();
            await released.Task;
            await route.ContinueAsync();
        });

        await Field(page).FocusAsync();
        await Field(page).PressSequentiallyAsync("Minsk");
        await asked.Task;
        await page.Locator("main").First.ClickAsync();
        released.SetResult();
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#site-search-results [role=option]').length > 0");

        Assert.Equal("false", await Field(page).GetAttributeAsync("aria-expanded"));
        Assert.True(await page.Locator("#site-search-results").IsHiddenAsync());
        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_header_shows_as_many_results_as_the_manifest_says_the_shards_carry_heads_for()
    {
        var (page, problems) = await browser.OpenAsync("/");
        Assert.Equal(Generator.Search.ResultHeads.ShownResults, await page.EvaluateAsync<int>("async () => (await (await fetch('/search/index.json')).json()).shown"));
        await page.RouteAsync(url => url.Contains("/search/index.json", StringComparison.Ordinal), async route =>
        {
            var response = await route.FetchAsync();
            var manifest = System.Text.Json.Nodes.JsonNode.Parse(await response.TextAsync())!.AsObject();
            manifest["shown"] = 2;
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = manifest.ToJsonString() });
        });

        await Field(page).FocusAsync();
        await Field(page).PressSequentiallyAsync("Minsk");
        await Options(page).First.WaitForAsync();

        var found = System.Text.RegularExpressions.Regex.Match(await page.Locator(".site-search [role=status]").TextContentAsync() ?? "", @"\d+").Value;
        Assert.True(int.Parse(found, System.Globalization.CultureInfo.InvariantCulture) > 2, $"{found} results: too few to tell");
        Assert.Equal(2, await Options(page).CountAsync());
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Nothing_is_fetched_until_the_field_is_used()
    {
        var (page, problems) = await browser.OpenAsync("/");
        var fetched = new List<string>();
        page.Request += (_, request) => fetched.Add(request.Url);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.DoesNotContain(fetched, url => url.Contains("/search/", StringComparison.Ordinal));

        await TypeAsync(page, "normandy");

        Assert.Contains(fetched, url => url.EndsWith("/search/index.json", StringComparison.Ordinal));
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Typing_shows_sections_with_the_matched_words_marked_and_an_alias_finds_its_term()
    {
        var (page, problems) = await browser.OpenAsync("/");

        await TypeAsync(page, "Normandy Four");

        Assert.Equal("true", await Field(page).GetAttributeAsync("aria-expanded"));
        var texts = await Options(page).AllTextContentsAsync();
        Assert.Contains(texts, text => text.StartsWith("Normandy format", StringComparison.Ordinal));
        Assert.Contains("Normandy", await page.Locator("#site-search-results mark").AllTextContentsAsync());
        Assert.Matches(@"Results: \d+", await page.Locator(".site-search [role=status]").TextContentAsync() ?? "");
        var href = await Options(page).First.GetAttributeAsync("href");
        Assert.StartsWith("/", href);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_typo_in_a_long_word_still_finds_it()
    {
        var (page, _) = await browser.OpenAsync("/");

        await TypeAsync(page, "Guteres");

        Assert.Contains("Guterres", await page.Locator("#site-search-results mark").AllTextContentsAsync());
    }

    [Fact]
    public async Task Arrow_keys_move_the_active_option_and_enter_follows_it()
    {
        var (page, _) = await browser.OpenAsync("/");
        await TypeAsync(page, "Minsk");

        await Field(page).PressAsync("ArrowDown");
        var first = await Options(page).First.GetAttributeAsync("id");
        Assert.Equal(first, await Field(page).GetAttributeAsync("aria-activedescendant"));
        Assert.Equal("true", await Options(page).First.GetAttributeAsync("aria-selected"));
        await Field(page).PressAsync("ArrowDown");
        await Field(page).PressAsync("ArrowUp");
        Assert.Equal(first, await Field(page).GetAttributeAsync("aria-activedescendant"));

        var target = await Options(page).First.GetAttributeAsync("href");
        await Field(page).PressAsync("Enter");
        await page.WaitForURLAsync(url => new Uri(url).PathAndQuery + new Uri(url).Fragment == target);
    }

    [Fact]
    public async Task A_keystroke_that_leaves_the_results_as_they_were_keeps_the_list_and_its_active_option()
    {
        var (page, problems) = await browser.OpenAsync("/");
        await TypeAsync(page, "Minsk");
        await Field(page).PressAsync("ArrowDown");
        await page.EvaluateAsync("() => new MutationObserver(() => window.listChanged = true).observe(document.querySelector('#site-search-results'), { childList: true })");

        await Field(page).PressAsync(" ");
        await page.WaitForFunctionAsync("() => performance.getEntriesByName('site-search').some(e => e.detail.query === 'Minsk ')");
        // Whatever the script would still do for the keystroke, it does once the fetched files resolve: a frame later.
        await page.EvaluateAsync("() => new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 50)))");

        Assert.False(await page.EvaluateAsync<bool>("() => window.listChanged === true"));
        Assert.Equal("true", await Options(page).First.GetAttributeAsync("aria-selected"));
        Assert.Equal(await Options(page).First.GetAttributeAsync("id"), await Field(page).GetAttributeAsync("aria-activedescendant"));
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Escape_closes_the_results_then_clears_the_field()
    {
        var (page, _) = await browser.OpenAsync("/");
        await TypeAsync(page, "Minsk");

        await Field(page).PressAsync("Escape");
        Assert.Equal("false", await Field(page).GetAttributeAsync("aria-expanded"));
        Assert.False(await page.Locator("#site-search-results").IsVisibleAsync());
        Assert.Equal("Minsk", await Field(page).InputValueAsync());

        await Field(page).PressAsync("Escape");
        Assert.Equal("", await Field(page).InputValueAsync());
    }

    [Fact]
    public async Task Enter_without_an_active_option_opens_the_search_page_which_runs_the_query_from_its_address()
    {
        var (page, problems) = await browser.OpenAsync("/");
        await TypeAsync(page, "Lviv embassy");

        await Field(page).PressAsync("Enter");

        await page.WaitForURLAsync(url => url.Contains("/search/?q=Lviv", StringComparison.Ordinal));
        await page.Locator(".search-page-results li").First.WaitForAsync();
        Assert.Equal("Lviv embassy", await page.Locator("#search-page-q").InputValueAsync());
        Assert.Contains("Lviv", await page.Locator(".search-page-results mark").AllTextContentsAsync());
        Assert.False(await page.Locator(".search-needs-script").IsVisibleAsync());
        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_search_page_keeps_its_address_in_step_with_the_query_so_it_can_be_shared()
    {
        var (page, _) = await browser.OpenAsync("/search/?q=Scholz");
        await page.Locator(".search-page-results li").First.WaitForAsync();

        await page.Locator("#search-page-q").FillAsync("Duma");

        // Asked of the page itself: the address is replaced in the same document, and waiting for Playwright to hear of
        // that raced with the change (it then waited for a navigation that never comes).
        await page.WaitForFunctionAsync("() => location.pathname.endsWith('/search/') && location.search === '?q=Duma'");
        await page.Locator(".search-page-results mark", new() { HasText = "Duma" }).First.WaitForAsync();
    }

    [Fact]
    public async Task Without_javascript_there_is_no_search_field_and_the_search_page_says_why()
    {
        var (page, _) = await browser.OpenAsync("/search/", javaScript: false);

        Assert.False(await page.Locator(".site-search").IsVisibleAsync());
        Assert.False(await page.Locator(".search-page").IsVisibleAsync());
        Assert.True(await page.Locator(".search-needs-script").IsVisibleAsync());
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Axe_finds_no_violations_with_the_results_open_and_an_option_active(ColorScheme scheme)
    {
        var (page, _) = await browser.OpenAsync("/", scheme: scheme);
        await TypeAsync(page, "Kyiv");
        await Field(page).PressAsync("ArrowDown");

        var result = await page.RunAxe();

        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => $"{v.Id} ({v.Impact}) {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }
}
