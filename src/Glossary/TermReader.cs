using Generator.Content;
using Generator.Content.FrontMatter;
using Generator.Diagnostics;

namespace Generator.Glossary;

/// <summary>Reads one <c>input/glossary/&lt;term-slug&gt;.md</c>.</summary>
public static class TermReader
{
    public static readonly IReadOnlyList<string> Keys =
        ["term", "aliases", "short", "case_sensitive", "plural", "see_also", "source", "as_of", "language"];

    private static readonly IReadOnlyList<string> SourceKeys = ["name", "url"];

    /// <summary>Longer than this, a hover definition stops being a glance and becomes reading.</summary>
    public const int MaximumShortLength = 300;

    public static Term? Read(SourceFile file, string slug, DiagnosticBag diagnostics)
    {
        if (FrontMatterBlock.Split(file, diagnostics) is not { } block)
        {
            return null;
        }

        var reader = new FrontMatterReader(block.Map, diagnostics, Keys, "a glossary term");
        var name = reader.Text("term", required: true);
        var locatedAliases = reader.LocatedTextList("aliases");
        var aliases = locatedAliases.Select(alias => alias.Value).ToList();
        var definition = reader.Text("short", required: true);
        var caseSensitive = reader.Boolean("case_sensitive") ?? false;
        var plurals = ReadPlurals(reader, name, aliases);
        var seeAlso = reader.LocatedTextList("see_also");
        var asOf = reader.Date("as_of");
        ArticleSource? source = null;
        if (reader.Nested("source", SourceKeys) is { } sourceReader)
        {
            var sourceName = sourceReader.Text("name", required: true);
            var url = ContentUrl.Read(sourceReader, "url", diagnostics);
            source = sourceName is null ? null : new ArticleSource(sourceName, url);
        }

        var language = reader.Text("language") is { Length: > 0 } tag ? new LocatedText(tag, reader.LocationOf("language")) : null;
        if (definition is not null)
        {
            LintShort(definition, reader.LocationOf("short"), diagnostics);
        }

        if (name is null || definition is null)
        {
            return null;
        }

        var nameLocation = reader.LocationOf("term");
        var formLocations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal) { [name] = nameLocation };
        foreach (var alias in locatedAliases)
        {
            formLocations.TryAdd(alias.Value, alias.Location);
        }

        foreach (var plural in plurals)
        {
            formLocations.TryAdd(plural, reader.LocationOf("plural"));
        }

        CommonWords.WarnIfCommon(name, aliases, caseSensitive, nameLocation, diagnostics);
        return new Term(slug, name, aliases, definition, new MarkdownSource(file, block.BodyFirstLine), nameLocation)
        {
            FormLocations = formLocations,
            CaseSensitive = caseSensitive,
            Plurals = plurals,
            SeeAlso = seeAlso,
            Source = source,
            AsOf = asOf,
            Language = language,
            DerivedPluralsLocation = reader.IsBoolean("plural") && plurals.Count > 0 ? reader.LocationOf("plural") : null,
        };
    }

    /// <summary><c>plural: true</c> derives the plural of the name and each alias; text or a list gives the forms.</summary>
    private static IReadOnlyList<string> ReadPlurals(FrontMatterReader reader, string? name, IReadOnlyList<string> aliases)
    {
        if (reader.IsBoolean("plural"))
        {
            return reader.Boolean("plural") == true && name is not null
                ? aliases.Prepend(name).Select(EnglishPlural.Of).Distinct(StringComparer.Ordinal).ToList()
                : [];
        }

        return reader.TextList("plural");
    }

    /// <summary>The hover definition is plain text read at a glance: Markdown would show as symbols, and length defeats it.</summary>
    private static void LintShort(string definition, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (definition.Length > MaximumShortLength)
        {
            diagnostics.Warning(location, $"the short definition is {definition.Length} characters long (more than {MaximumShortLength})",
                "keep 'short' to one sentence a reader takes in at a glance; put the rest in the body.");
        }

        if (definition.IndexOfAny(['*', '_', '`', '[', ']', '<', '>', '#']) >= 0)
        {
            diagnostics.Warning(location, "the short definition contains Markdown or HTML characters, which show as they are in the hover",
                "write 'short' as plain text; formatting belongs in the body.");
        }
    }
}
