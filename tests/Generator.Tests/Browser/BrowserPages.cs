using Microsoft.Playwright;

namespace Generator.Tests.Browser;

/// <summary>Opens a page the way every browser test reads one: a fresh context, and every problem the page has collected.</summary>
public static class BrowserPages
{
    /// <summary>A page in a fresh context, with console errors, page errors and failed requests collected.</summary>
    public static async Task<(IPage Page, List<string> Problems)> OpenAsync(
        IBrowser browser, string url, int width = 1280, int height = 900, ColorScheme scheme = ColorScheme.Light, bool touch = false, bool javaScript = true)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = scheme,
            HasTouch = touch,
            IsMobile = touch,
            JavaScriptEnabled = javaScript,
        });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems.Add($"console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add("page error: " + error);
        page.RequestFailed += (_, request) => problems.Add("request failed: " + request.Url);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !response.Url.Contains("/no-such-page", StringComparison.Ordinal))
            {
                problems.Add($"HTTP {response.Status}: {response.Url}");
            }
        };
        await page.GotoAsync(url);
        return (page, problems);
    }
}
