using System.Globalization;
using System.Text;

namespace Generator.Corpus;

/// <summary>
/// Writes YAML: a file's front matter, or site.yml. Every text value is a double-quoted YAML string, so colons, quotes
/// and apostrophes in made-up sentences can never change the structure; keys with no value are left out.
/// </summary>
public sealed class FrontMatterWriter
{
    private readonly StringBuilder _text = new();

    public FrontMatterWriter Text(string key, string? value)
    {
        if (value is not null)
        {
            _text.Append(key).Append(": ").Append(Quoted(value)).Append('\n');
        }

        return this;
    }

    public FrontMatterWriter Date(string key, DateOnly? value) =>
        value is { } date ? Plain(key, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : this;

    public FrontMatterWriter Boolean(string key, bool value) => Plain(key, value ? "true" : "false");

    public FrontMatterWriter List(string key, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            _text.Append(key).Append(":\n");
            foreach (var value in values)
            {
                _text.Append("  - ").Append(Quoted(value)).Append('\n');
            }
        }

        return this;
    }

    /// <summary>A nested map of text values (<c>photo</c>, <c>source</c>); left out when every value is null.</summary>
    public FrontMatterWriter Map(string key, params (string Key, string? Value)[] entries)
    {
        if (entries.Any(entry => entry.Value is not null))
        {
            _text.Append(key).Append(":\n");
            foreach (var (name, value) in entries.Where(entry => entry.Value is not null))
            {
                _text.Append("  ").Append(name).Append(": ").Append(Quoted(value!)).Append('\n');
            }
        }

        return this;
    }

    /// <summary>A list of maps (<c>notes</c>, <c>related</c>).</summary>
    public FrontMatterWriter MapList(string key, IReadOnlyList<(string Key, string? Value)[]> items)
    {
        if (items.Count > 0)
        {
            _text.Append(key).Append(":\n");
            foreach (var entries in items)
            {
                var prefix = "  - ";
                foreach (var (name, value) in entries.Where(entry => entry.Value is not null))
                {
                    _text.Append(prefix).Append(name).Append(": ").Append(Quoted(value!)).Append('\n');
                    prefix = "    ";
                }
            }
        }

        return this;
    }

    /// <summary>A Markdown file: the YAML between the front matter's fences, then <paramref name="body"/>.</summary>
    public string Close(string body) => "---\n" + _text + "---\n" + body;

    /// <summary>The YAML alone, for site.yml.</summary>
    public override string ToString() => _text.ToString();

    private FrontMatterWriter Plain(string key, string value)
    {
        _text.Append(key).Append(": ").Append(value).Append('\n');
        return this;
    }

    private static string Quoted(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
