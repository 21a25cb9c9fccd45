using Tomlyn;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

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

    /// <summary>
    /// Reads the file's syntax tree rather than deserializing it: Tomlyn's deserializer finds types by reflection,
    /// which a Native AOT binary cannot do, and the tree is all a handful of string keys needs. Syntax errors are
    /// reported; Tomlyn's further validation is not run, because it rejects valid files (it takes <c>values</c> in two
    /// <c>[[headers]]</c> blocks, one written as <c>[headers.values]</c> and one inline, for the same key).
    /// </summary>
    /// <exception cref="TomlException">The file is not valid TOML.</exception>
    public static HostingHeaders Load(string netlifyToml)
    {
        if (!File.Exists(netlifyToml))
        {
            return None;
        }

        var document = SyntaxParser.Parse(File.ReadAllText(netlifyToml), netlifyToml, validate: false);
        if (document.HasErrors)
        {
            throw new TomlException(document.Diagnostics);
        }

        var blocks = new List<HeaderBlock>();
        foreach (var table in document.Tables)
        {
            // "[[headers]]" opens the next block and "[headers.values]" adds to the last one opened, as TOML reads them;
            // other tables ([build], [context.…]) hold no headers.
            var prefix = (table, KeyPath(table.Name)) switch
            {
                (TableArraySyntax, ["headers"]) => [],
                (TableSyntax, ["headers", "values"]) when blocks.Count > 0 => ["values"],
                _ => (string[]?)null,
            };
            if (prefix is null)
            {
                continue;
            }

            if (table is TableArraySyntax)
            {
                blocks.Add(new HeaderBlock());
            }

            foreach (var item in table.Items)
            {
                blocks[^1].Add([.. prefix, .. KeyPath(item.Key)], item.Value);
            }
        }

        return new HostingHeaders(blocks.Where(block => block.Pattern is not null)
            .Select(block => new HeaderRule(block.Pattern!, block.Headers)).ToList());
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

    /// <summary>The parts of a dotted key (<c>headers.values</c>), bare or quoted alike.</summary>
    private static string[] KeyPath(KeySyntax? key) =>
        key?.Key is null ? [] : [Part(key.Key), .. key.DotKeys.Select(dotted => Part(dotted.Key!))];

    private static string Part(BareKeyOrStringValueSyntax key) => key switch
    {
        BareKeySyntax bare => bare.Key!.Text!,
        StringValueSyntax quoted => quoted.Value!,
        _ => "",
    };

    /// <summary>One <c>[[headers]]</c> block as it is read: its <c>for</c> pattern and <c>values</c>, written as a table, inline or dotted.</summary>
    private sealed class HeaderBlock
    {
        public string? Pattern { get; private set; }

        public List<KeyValuePair<string, string>> Headers { get; } = [];

        /// <summary>Netlify's header values are strings; anything else in a block is not a header and is left out.</summary>
        public void Add(string[] path, ValueSyntax? value)
        {
            switch (path, value)
            {
                case (["for"], StringValueSyntax pattern):
                    Pattern = pattern.Value;
                    break;
                case (["values", var name], StringValueSyntax header):
                    Headers.Add(new(name, header.Value!));
                    break;
                case (["values"], InlineTableSyntax inline):
                    foreach (var entry in inline.Items)
                    {
                        if (entry.KeyValue is { } keyValue)
                        {
                            Add(["values", .. KeyPath(keyValue.Key)], keyValue.Value);
                        }
                    }

                    break;
            }
        }
    }
}
