using Generator.Tests.Browser;
using Microsoft.Playwright;

namespace Generator.Tests.Search;

/// <summary>
/// How much work a keystroke makes the search script do, as it reports it: each query is a User Timing measure named
/// "site-search" whose detail says how many postings it scored. Counts, not times, so the tests hold on a busy machine.
/// </summary>
[Trait("Category", "Browser")]
public sealed class SearchWorkBrowserTests(CommonPrefixSiteFixture site) : IClassFixture<CommonPrefixSiteFixture>
{
    /// <summary>Types into the header's field, and once the query's results show, how many postings it scored.</summary>
    private static async Task<int> TypeAndCountPostingsAsync(IPage page, string typed, string query)
    {
        var field = page.Locator("#site-search-q");
        await field.FocusAsync();
        await field.PressSequentiallyAsync(typed);
        var measure = await page.WaitForFunctionAsync(
            "query => performance.getEntriesByName('site-search').findLast(e => e.detail.query === query)?.detail", query);
        await page.Locator("#site-search-results [role=option]").First.WaitForAsync();
        return await measure.EvaluateAsync<int>("detail => detail.postings");
    }

    [Fact]
    public async Task A_two_letter_prefix_scores_at_most_two_thousand_postings_and_a_title_it_begins_still_comes_first()
    {
        var (page, problems) = await site.OpenAsync("/");

        var postings = await TypeAndCountPostingsAsync(page, "qu", "qu");

        Assert.InRange(postings, 1, 2000);
        // Its words fill more shards than the script fetches: it took the build's summary of them instead.
        Assert.True(await page.EvaluateAsync<bool>("() => performance.getEntriesByType('resource').some(e => e.name.includes('/search/p/'))"));
        Assert.StartsWith(CommonPrefixSiteFixture.TitleMatch, await page.Locator("#site-search-results [role=option]").First.TextContentAsync());
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_word_already_matched_is_not_scored_again_as_the_next_word_is_typed()
    {
        var (page, problems) = await site.OpenAsync("/");

        Assert.Equal(49, await TypeAndCountPostingsAsync(page, "quorum", "quorum"));
        // Only "reached" (the one title that has it) is scored; "quorum" is taken from the previous keystrokes.
        Assert.Equal(1, await TypeAndCountPostingsAsync(page, " reached", "quorum reached"));
        Assert.StartsWith(CommonPrefixSiteFixture.TitleMatch, await page.Locator("#site-search-results [role=option]").First.TextContentAsync());
        Assert.Empty(problems);
    }
}
