using Generator.Diagnostics;

namespace Generator.Localization;

/// <summary>
/// One entry of a strings file: a text (<c>more_about: "More about {term}"</c>), a form per plural category
/// (<c>sections_count: {one: "{count} section", other: "{count} sections"}</c>) or a list (<c>months</c>), with where
/// it is written.
/// </summary>
public sealed record LocalizedString(string Key, SourceLocation Location)
{
    public string? Text { get; init; }

    /// <summary>The forms of a counted string by CLDR category ("one", "few", "many", "other").</summary>
    public IReadOnlyDictionary<string, string>? Forms { get; init; }

    public IReadOnlyList<string>? Items { get; init; }
}
