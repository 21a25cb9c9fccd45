using Tomlyn;
using Tomlyn.Model;

namespace Generator.Serving;

/// <summary>
/// The response headers production sends, read from netlify.toml's <c>[[headers]]</c> blocks, so the preview
/// server behaves like the live site (the same Content-Security-Policy, the same caching). Without a file, or for a
/// path no rule gives a Cache-Control, pages get Netlify's default: revalidate on every visit.
/// </summary>
public sealed class HostingHeaders(IReadOnlyList<HeaderRule> rules)
{
    private const string DefaultCacheControl = "public, max-age=0, must-revalidate";

    public static readonly HostingHeaders None = new([]);

    public IReadOnlyList<HeaderRule> Rules { get; } = rules;

    public static HostingHeaders Load(string netlifyToml)
    {
        if (!File.Exists(netlifyToml))
        {
            return None;
        }

        var table = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(netlifyToml));
        if (table is null || !table.TryGetValue("headers", out var blocks) || blocks is not TomlTableArray headers)
        {
            return None;
        }

        var rules = new List<HeaderRule>();
        foreach (var block in headers)
        {
            if (block.TryGetValue("for", out var pattern) && pattern is string path && block.TryGetValue("values", out var values) && values is TomlTable table2)
            {
                rules.Add(new HeaderRule(path, table2.Select(kv => new KeyValuePair<string, string>(kv.Key, Convert.ToString(kv.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "")).ToList()));
            }
        }

        return new HostingHeaders(rules);
    }

    /// <summary>The headers for a request path; a later matching rule overrides an earlier one for the same header.</summary>
    public IReadOnlyDictionary<string, string> For(string path)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Cache-Control"] = DefaultCacheControl };
        foreach (var rule in Rules.Where(r => r.Matches(path)))
        {
            foreach (var (name, value) in rule.Headers)
            {
                headers[name] = value;
            }
        }

        return headers;
    }
}
