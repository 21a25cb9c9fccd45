using Generator.Content;
using Generator.Content.FrontMatter;
using Generator.Diagnostics;
using Generator.Incremental;
using Generator.Rendering;

namespace Generator.Localization;

/// <summary>
/// Reads one strings file of the theme, <c>i18n/&lt;language&gt;.yml</c>: top-level keys, each a text, a list
/// (<c>months</c>) or a mapping of plural forms by CLDR category. Every mistake is reported at its line: a language
/// the generator knows no plural rule for, a counted string without a form its language needs, a key the generator
/// writes itself (<see cref="GeneratedStrings"/>) that is missing or of the wrong shape.
/// </summary>
public static class StringsFileReader
{
    public const string Folder = "i18n/";
    public const string Extension = ".yml";

    private static readonly HashSet<string> Categories = new(StringComparer.Ordinal) { "zero", "one", "two", "few", "many", "other" };

    public static bool IsStringsFile(string name) =>
        name.StartsWith(Folder, StringComparison.Ordinal) && name.EndsWith(Extension, StringComparison.Ordinal) && !name[Folder.Length..].Contains('/');

    /// <summary>The language a strings file is for, by its name: <c>i18n/uk.yml</c> → uk.</summary>
    public static string LanguageOf(string name) => name[Folder.Length..^Extension.Length];

    public static LanguageStrings? Read(ThemeFile themeFile, DiagnosticBag diagnostics)
    {
        var language = LanguageOf(themeFile.Name);
        if (SourceFileReader.Decode(themeFile.Bytes, themeFile.DisplayPath, themeFile.DisplayPath, diagnostics) is not { } file)
        {
            return null;
        }

        var errors = diagnostics.ErrorCount;
        if (PluralRule.For(language) is not { } plural)
        {
            diagnostics.Error(SourceLocation.StartOf(file.DisplayPath), $"the generator knows no plural rule for the language '{language}'",
                $"name the file by a language tag whose primary language is one of {string.Join(", ", PluralRule.KnownLanguages)} (e.g. uk.yml, en-GB.yml).");
            return null;
        }

        if (FrontMatterParser.Parse(file.Text, file.DisplayPath, firstLine: 1, diagnostics) is not { } map)
        {
            return null;
        }

        var entries = new Dictionary<string, LocalizedString>(StringComparer.Ordinal);
        foreach (var entry in map.Entries)
        {
            if (Entry(entry, plural, language, diagnostics) is { } read)
            {
                entries[read.Key] = read;
            }
        }

        foreach (var (key, isList) in GeneratedStrings.All)
        {
            if (!entries.TryGetValue(key, out var found))
            {
                diagnostics.Error(SourceLocation.StartOf(file.DisplayPath), $"the strings file has no '{key}', which the generator writes on pages",
                    $"add '{key}:' to {file.DisplayPath} (the built-in i18n/en.yml shows every key; `theme eject i18n/en.yml` copies it).");
            }
            else if (isList ? found.Items is null : found.Text is null)
            {
                diagnostics.Error(found.Location, $"'{key}' must be {(isList ? "a list" : "a text")}", isList
                    ? $"write '{key}' as a list of the twelve month names, January first, as dates use them."
                    : $"write '{key}' as one text in quotes.");
            }
            else if (key == GeneratedStrings.Months && found.Items!.Count != 12)
            {
                diagnostics.Error(found.Location, $"'months' lists {found.Items.Count} names instead of 12", "list the twelve month names, January first, as dates use them.");
            }
        }

        return diagnostics.ErrorCount > errors ? null
            : new LanguageStrings(language, file.DisplayPath, Fingerprint.Of(file.Text), plural, entries);
    }

    private static LocalizedString? Entry(FrontMatterEntry entry, PluralRule plural, string language, DiagnosticBag diagnostics)
    {
        var key = entry.Key.Value;
        switch (entry.Value)
        {
            case FrontMatterScalar scalar:
                return new LocalizedString(key, entry.Key.Location) { Text = scalar.Value };
            case FrontMatterList list:
                var items = new List<string>();
                foreach (var item in list.Items)
                {
                    if (item is FrontMatterScalar text)
                    {
                        items.Add(text.Value);
                    }
                    else
                    {
                        diagnostics.Error(item.Location, $"each item of '{key}' must be a text, but one is {item.Describe()}", "write the list's items as texts in quotes.");
                    }
                }

                return new LocalizedString(key, entry.Key.Location) { Items = items };
            case FrontMatterMap forms:
                var byCategory = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var form in forms.Entries)
                {
                    if (!Categories.Contains(form.Key.Value))
                    {
                        diagnostics.Error(form.Key.Location, $"'{form.Key.Value}' is not a plural category",
                            $"a counted string gives a form for each of {string.Join(", ", plural.Categories)} (the CLDR categories of '{language}').");
                    }
                    else if (form.Value is FrontMatterScalar text)
                    {
                        byCategory[form.Key.Value] = text.Value;
                    }
                    else
                    {
                        diagnostics.Error(form.Value.Location, $"the '{form.Key.Value}' form of '{key}' must be a text, but is {form.Value.Describe()}", "write each form as a text in quotes.");
                    }
                }

                foreach (var missing in plural.Categories.Where(c => !byCategory.ContainsKey(c)))
                {
                    diagnostics.Error(entry.Key.Location, $"'{key}' has no '{missing}' form, which counts in '{language}' need ({plural.Name}: e.g. {Example(plural, missing)})",
                        $"add '{missing}:' under '{key}'.");
                }

                return new LocalizedString(key, entry.Key.Location) { Forms = byCategory };
            default:
                return null;
        }
    }

    /// <summary>The smallest counts that take a category, for the message: "2, 3, 4".</summary>
    private static string Example(PluralRule plural, string category) =>
        string.Join(", ", Enumerable.Range(0, 200).Where(n => plural.Choose(n) == category).Take(3));
}
