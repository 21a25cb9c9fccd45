using System.Globalization;
using System.Text;
using Generator.Diagnostics;
using Generator.Incremental;

namespace Generator.Localization;

/// <summary>
/// The fixed strings of one language, from the theme's <c>i18n/&lt;language&gt;.yml</c>: what layouts print through the
/// <c>t</c> filter and what the generator writes itself (month names, term links' "More about", note labels, the
/// feed's correction notice). Placeholders in braces (<c>{count}</c>, <c>{title}</c>) are filled in by the caller.
/// </summary>
public sealed class LanguageStrings(string language, string displayPath, string version, PluralRule plural, IReadOnlyDictionary<string, LocalizedString> entries)
{
    /// <summary>The language the file is for, as its name gives it ("uk").</summary>
    public string Language => language;

    /// <summary>The file as messages name it (<c>theme/i18n/uk.yml</c>, or the built-in theme's).</summary>
    public string DisplayPath => displayPath;

    /// <summary>A fingerprint of the file: a page that used these strings is rendered again when it changes.</summary>
    public string Version => version;

    public PluralRule Plural => plural;

    public IReadOnlyDictionary<string, LocalizedString> Entries => entries;

    public bool Has(string key) => entries.ContainsKey(key);

    /// <summary>
    /// The string under <paramref name="key"/> with its placeholders filled in; for a counted string, the form the
    /// count takes (<paramref name="count"/>, also available as <c>{count}</c>). Null when the file has no such key;
    /// a placeholder with no value given is reported through <paramref name="missingValue"/> and left out.
    /// </summary>
    public string? Format(string key, long? count, Func<string, string?> values, Action<string>? missingValue = null)
    {
        if (!entries.TryGetValue(key, out var entry))
        {
            return null;
        }

        var template = entry.Forms is { } forms
            ? forms.GetValueOrDefault(plural.Choose(count ?? 0)) ?? forms.GetValueOrDefault("other") ?? ""
            : entry.Text ?? string.Join(", ", entry.Items ?? []);
        return Fill(template, name =>
            name == "count" && count is { } n ? n.ToString(CultureInfo.InvariantCulture) : values(name), missingValue);
    }

    /// <summary>A string the generator itself writes, which loading the file made sure is there.</summary>
    public string Generated(string key, params (string Name, string Value)[] values) =>
        Format(key, null, name => values.FirstOrDefault(v => v.Name == name).Value)
        ?? throw new InvalidOperationException($"{displayPath} has no '{key}'; CheckLanguages should have reported it");

    public IReadOnlyList<string> Months => entries[GeneratedStrings.Months].Items!;

    /// <summary>
    /// A fingerprint of the strings an article's prose is rendered with (<see cref="GeneratedStrings.Prose"/>): an
    /// article kept in the build cache is rendered again when one of them changes, not when any string of the file does.
    /// </summary>
    public string ProseVersion => _proseVersion ??= Fingerprint.Of([.. GeneratedStrings.Prose.Select(key => entries[key].Text)]);

    private string? _proseVersion;

    private static string Fill(string template, Func<string, string?> values, Action<string>? missingValue)
    {
        if (!template.Contains('{'))
        {
            return template;
        }

        var text = new StringBuilder(template.Length + 16);
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (close < 0)
            {
                text.Append(template, position, template.Length - position);
                break;
            }

            text.Append(template, position, open - position);
            var name = template[(open + 1)..close];
            if (values(name) is { } value)
            {
                text.Append(value);
            }
            else
            {
                missingValue?.Invoke(name);
            }

            position = close + 1;
        }

        return text.ToString();
    }

    /// <summary>Where a key is written, or the file's start for a key it lacks.</summary>
    public SourceLocation LocationOf(string key) => entries.TryGetValue(key, out var entry) ? entry.Location : SourceLocation.StartOf(displayPath);
}
