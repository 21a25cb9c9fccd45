using System.Net;
using Generator.Serving;
using Generator.Tests.EndToEnd;
using Generator.Tests.Support;
using Tomlyn;
using Tomlyn.Model;

namespace Generator.Tests.Serving;

/// <summary>The server serves the built site with exactly production's headers, and nothing outside it.</summary>
[Trait("Category", "EndToEnd")]
public sealed class StaticServingTests : IClassFixture<SeedSiteFixture>, IDisposable
{
    private readonly PreviewServer _server;
    private readonly CancellationTokenSource _stop = new();
    private readonly HttpClient _client;

    public StaticServingTests(SeedSiteFixture seed)
    {
        _server = new PreviewServer(seed.Output, "127.0.0.1", FreePort.Next(), HostingHeaders.Load(Path.Combine(RepositoryPaths.Root, "netlify.toml")), null, () => []);
        _server.Start();
        _ = _server.RunAsync(_stop.Token);
        _client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _server.Address };
    }

    public void Dispose()
    {
        _stop.Cancel();
        _server.Dispose();
        _client.Dispose();
    }

    /// <summary>Reads netlify.toml independently of the server's reader: every header of every matching block.</summary>
    private static Dictionary<string, string> ExpectedHeaders(string path)
    {
        var table = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "netlify.toml")))!;
        var expected = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var block in (TomlTableArray)table["headers"])
        {
            var pattern = (string)block["for"];
            if (pattern == path || (pattern.EndsWith('*') && path.StartsWith(pattern[..^1], StringComparison.Ordinal)))
            {
                foreach (var (name, value) in (TomlTable)block["values"])
                {
                    expected[name] = (string)value;
                }
            }
        }

        return expected;
    }

    /// <summary>The header exactly as sent (HttpClient would reorder a parsed Cache-Control).</summary>
    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.NonValidated.TryGetValues(name, out var values) ? string.Join(", ", values)
        : response.Content.Headers.NonValidated.TryGetValues(name, out var contentValues) ? string.Join(", ", contentValues) : null;

    [Fact]
    public async Task Pages_are_served_with_every_header_from_netlify_toml()
    {
        using var response = await _client.GetAsync($"/{SeedSiteFixture.ArticleSlug}/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var expected = ExpectedHeaders($"/{SeedSiteFixture.ArticleSlug}/");
        Assert.Contains("Content-Security-Policy", expected.Keys);
        foreach (var (name, value) in expected)
        {
            Assert.Equal(value, Header(response, name));
        }

        Assert.Equal("public, max-age=0, must-revalidate", Header(response, "Cache-Control"));
    }

    [Fact]
    public async Task Fingerprinted_assets_are_cached_for_a_year()
    {
        using var page = await _client.GetAsync("/");
        var html = await page.Content.ReadAsStringAsync();
        var stylesheet = System.Text.RegularExpressions.Regex.Match(html, "/theme/site\\.[0-9a-f]+\\.css").Value;

        using var response = await _client.GetAsync(stylesheet);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css; charset=utf-8", Header(response, "Content-Type"));
        Assert.Equal(ExpectedHeaders(stylesheet)["Cache-Control"], Header(response, "Cache-Control"));
        Assert.Contains("immutable", Header(response, "Cache-Control"));
    }

    [Theory]
    [InlineData("/../../etc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd")]
    [InlineData("/glossary/..%2f..%2f..%2fetc/passwd")]
    [InlineData("/..\\..\\etc\\passwd")]
    [InlineData("/%5c..%5c..%5cetc%5cpasswd")]
    [InlineData("/index.html%00.txt")]
    public async Task Paths_leading_outside_the_site_get_404(string path)
    {
        using var response = await SendUnnormalised(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("root:", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Missing_page_gets_the_sites_404_page_with_status_404()
    {
        using var response = await _client.GetAsync("/no-such-page/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Folder_without_trailing_slash_redirects_to_it()
    {
        using var response = await _client.GetAsync("/glossary");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/glossary/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Only_get_and_head_are_answered()
    {
        using var response = await _client.PostAsync("/", new StringContent("x"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    /// <summary>HttpClient normalises "/../" away; a raw socket sends the path exactly as an attacker would.</summary>
    private async Task<HttpResponseMessage> SendUnnormalised(string path)
    {
        using var socket = new System.Net.Sockets.TcpClient();
        await socket.ConnectAsync(_server.Address.Host, _server.Address.Port);
        var stream = socket.GetStream();
        var request = System.Text.Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: {_server.Address.Authority}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream);
        var text = await reader.ReadToEndAsync();
        var status = int.Parse(text.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(text) };
    }
}
