using Generator.Serving;
using Generator.Tests.Support;

namespace Generator.Tests.Publishing;

/// <summary>netlify.toml's [[headers]] are the one source of the site's headers; the build writes them as site/_headers too.</summary>
[Trait("Category", "EndToEnd")]
public sealed class HeadersFileTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    /// <summary>The build as <c>generator</c> run in the site's folder: the headers come from the netlify.toml beside input/.</summary>
    private GeneratorProcess.Outcome Build() => GeneratorInProcess.Run(_site.Root, "--theme", RepositoryPaths.Theme);

    [Fact]
    public void The_build_writes_the_headers_of_netlify_toml_to_the_headers_file_rule_for_rule()
    {
        var netlifyToml = Path.Combine(RepositoryPaths.Root, "netlify.toml");
        File.Copy(netlifyToml, Path.Combine(_site.Root, "netlify.toml"));

        var outcome = Build();

        Assert.Equal(0, outcome.ExitCode);
        var expected = HostingHeaders.Load(netlifyToml).Rules.Select(rule => (rule.Pattern, string.Join("\n", rule.Headers.Select(h => $"{h.Key}: {h.Value}"))));
        Assert.NotEmpty(expected);
        Assert.Equal(expected, ReadHeadersFile(Path.Combine(_site.Output, "_headers")));
    }

    [Fact]
    public void A_site_without_netlify_toml_gets_no_headers_file()
    {
        Assert.Equal(0, Build().ExitCode);

        Assert.False(File.Exists(Path.Combine(_site.Output, "_headers")));
    }

    [Fact]
    public void A_netlify_toml_that_is_not_valid_toml_stops_the_build_with_its_name()
    {
        File.WriteAllText(Path.Combine(_site.Root, "netlify.toml"), "[[headers]\n  for = \"/*\"\n");

        var outcome = Build();

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("netlify.toml: error: netlify.toml is not valid TOML", outcome.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_site.Output));
    }

    /// <summary>Reads the <c>_headers</c> format as Cloudflare Pages and Netlify do: a path, then indented <c>Name: value</c> lines; # starts a comment.</summary>
    private static List<(string Pattern, string Headers)> ReadHeadersFile(string path)
    {
        var rules = new List<(string Pattern, List<string> Headers)>();
        foreach (var line in File.ReadAllLines(path).Where(line => line.Trim().Length > 0 && !line.TrimStart().StartsWith('#')))
        {
            if (char.IsWhiteSpace(line[0]))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                rules[^1].Headers.Add($"{line[..colon].Trim()}: {line[(colon + 1)..].Trim()}");
            }
            else
            {
                rules.Add((line.Trim(), []));
            }
        }

        return rules.Select(rule => (rule.Pattern, string.Join("\n", rule.Headers))).ToList();
    }
}
