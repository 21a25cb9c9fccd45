using System.Text;
using Generator.Content;
using Generator.Diagnostics;
using Generator.Rendering;
using Generator.Serving;
using Tomlyn;

namespace Generator.Publishing;

/// <summary>
/// The security and caching headers have one source, netlify.toml's <c>[[headers]]</c> blocks (which Netlify reads
/// itself and the preview sends): this step writes them again as <c>site/_headers</c>, the file Cloudflare Pages and
/// Netlify read from the published folder, so the site carries its headers to those hosts too.
/// </summary>
public static class RenderHeaders
{
    public const string HeadersFile = "_headers";

    /// <param name="netlifyToml">The netlify.toml to read; null, or a path where there is none, writes no file.</param>
    public static IReadOnlyList<Page> Run(string? netlifyToml, DiagnosticBag diagnostics)
    {
        if (netlifyToml is null || !File.Exists(netlifyToml))
        {
            return [];
        }

        var display = SourceFileReader.DisplayPathOf(Path.GetFullPath(netlifyToml));
        HostingHeaders headers;
        try
        {
            headers = HostingHeaders.Load(netlifyToml);
        }
        catch (TomlException exception)
        {
            diagnostics.Error(SourceLocation.WholeFile(display), $"netlify.toml is not valid TOML: {exception.Message}", "fix the file; it is where the site's headers come from.");
            return [];
        }

        return headers.Rules.Count == 0 ? [] : [new Page(HeadersFile, Format(headers.Rules), display)];
    }

    /// <summary>The <c>_headers</c> format: a path pattern on its own line, then its headers indented, one per line.</summary>
    public static string Format(IReadOnlyList<HeaderRule> rules)
    {
        var text = new StringBuilder("# Written by the generator from netlify.toml's [[headers]]: edit them there.\n");
        foreach (var rule in rules)
        {
            text.Append(rule.Pattern).Append('\n');
            foreach (var (name, value) in rule.Headers)
            {
                text.Append("  ").Append(name).Append(": ").Append(value).Append('\n');
            }
        }

        return text.ToString();
    }
}
