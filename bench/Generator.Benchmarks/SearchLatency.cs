using System.Globalization;
using System.Net;
using Microsoft.Playwright;

namespace Generator.Benchmarks;

/// <summary>
/// Issue #19 goal 3, the second half: how soon results show on a phone-class processor. Serves the built site on
/// loopback, opens its search page in Debian's Chromium with the processor slowed four times (the DevTools protocol's
/// CPU throttling, as Lighthouse's phone profile), focuses the header's field (which fetches the manifest, as a reader's
/// first tap does) and types each query a letter at a time, as a reader would. For every keystroke it takes two times,
/// measured in the page with <c>performance.now()</c> from the key event: to the first change of the list or status
/// line (the results shown, with their titles), and to the last (their snippets in as well); and, from the script's
/// <c>site-search</c> measures, how long the matching of the slowest keystroke took and the most postings one scored.
/// </summary>
public static class SearchLatency
{
    private const double Throttling = 4;

    public static async Task MeasureAsync(string site, IReadOnlyList<string> queries)
    {
        using var server = StaticServer.Start(site);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });

        var (firstTimes, lastTimes) = (new List<double>(), new List<double>());
        foreach (var query in queries)
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
            var session = await page.Context.NewCDPSessionAsync(page);
            await session.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = Throttling });
            await page.GotoAsync(server.Address + "search/");
            // Record, for each key, when it was pressed and when the list or status last changed after it.
            await page.EvaluateAsync("""
                () => {
                  const header = document.querySelector('.site-search');
                  window.__keys = [];
                  header.querySelector('input').addEventListener('keydown', () => window.__keys.push({ down: performance.now(), first: 0, shown: 0 }), true);
                  new MutationObserver(() => { const k = window.__keys.at(-1); if (k) { k.shown = performance.now(); k.first ||= k.shown; } })
                    .observe(header, { childList: true, subtree: true, characterData: true });
                }
                """);
            var field = page.Locator(".site-search input");
            await field.FocusAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            foreach (var letter in query)
            {
                await page.Keyboard.TypeAsync(letter.ToString());
                await page.WaitForTimeoutAsync(400);
            }

            // A key after which nothing changed (the same results) counts as shown at once: it is left out.
            var shown = (await page.EvaluateAsync<double[][]>("() => window.__keys.filter(k => k.shown > 0).map(k => [k.first - k.down, k.shown - k.down])")).ToList();
            var (first, last) = (shown.Select(times => times[0]).ToList(), shown.Select(times => times[1]).ToList());
            firstTimes.AddRange(first);
            lastTimes.AddRange(last);
            // The script's own measure of each query (docs/search.md): from the keystroke's search to its results
            // ranked, shards fetched and parsed included, result texts and the list not; and the postings it scored.
            var matching = await page.EvaluateAsync<double[][]>("() => performance.getEntriesByName('site-search').map(e => [e.duration, e.detail.postings])");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {'"' + query + '"',-28} keystroke to results shown (CPU x{Throttling}): first key {first.FirstOrDefault(),4:N0} ms, median {Median(first),4:N0} ms, slowest {first.DefaultIfEmpty().Max(),4:N0} ms; " +
                $"with snippets: median {Median(last),4:N0} ms, slowest {last.DefaultIfEmpty().Max(),4:N0} ms; " +
                $"of it, matching: slowest {matching.Select(m => m[0]).DefaultIfEmpty().Max(),6:N0} ms, most postings scored {matching.Select(m => m[1]).DefaultIfEmpty().Max(),6:N0}"));
            await page.CloseAsync();
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  all {firstTimes.Count} keystrokes: results shown median {Median(firstTimes):N0} ms, slowest {firstTimes.DefaultIfEmpty().Max():N0} ms; " +
            $"with snippets median {Median(lastTimes):N0} ms, slowest {lastTimes.DefaultIfEmpty().Max():N0} ms"));
    }

    private static double Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>The built site on loopback, as a static host serves it.</summary>
    private sealed class StaticServer : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly string _root;

        private StaticServer(string root, int port)
        {
            _root = Path.GetFullPath(root);
            Address = $"http://127.0.0.1:{port}/";
            _listener.Prefixes.Add(Address);
            _listener.Start();
            _ = Task.Run(ServeAsync);
        }

        public string Address { get; }

        public static StaticServer Start(string root)
        {
            using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            return new StaticServer(root, port);
        }

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                // Each request on its own, as a static host (or HTTP/2's streams) serves them: the eight result texts
                // a keystroke fetches at once must not wait for one another.
                _ = Task.Run(() => RespondAsync(context));
            }
        }

        private async Task RespondAsync(HttpListenerContext context)
        {
            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath).TrimStart('/');
            var file = Path.GetFullPath(Path.Combine(_root, path.EndsWith('/') || path.Length == 0 ? path + "index.html" : path));
            if (file.StartsWith(_root, StringComparison.Ordinal) && File.Exists(file))
            {
                context.Response.ContentType = Path.GetExtension(file) switch
                {
                    ".html" => "text/html; charset=utf-8",
                    ".js" => "text/javascript",
                    ".css" => "text/css",
                    ".json" => "application/json",
                    ".svg" => "image/svg+xml",
                    _ => "application/octet-stream",
                };
                var bytes = await File.ReadAllBytesAsync(file);
                await context.Response.OutputStream.WriteAsync(bytes);
            }
            else
            {
                context.Response.StatusCode = 404;
            }

            context.Response.Close();
        }

        public void Dispose() => _listener.Close();
    }
}
