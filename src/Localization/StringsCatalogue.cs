namespace Generator.Localization;

/// <summary>The theme's strings files by language (<c>i18n/en.yml</c>, <c>i18n/uk.yml</c>, and any a site adds).</summary>
/// <param name="unreadable">Languages whose file has errors (reported where they are): no strings, and nothing more to say.</param>
public sealed class StringsCatalogue(IReadOnlyDictionary<string, LanguageStrings> languages, IReadOnlySet<string> unreadable)
{
    public static readonly StringsCatalogue Empty = new(new Dictionary<string, LanguageStrings>(), new HashSet<string>());

    /// <summary>Whether the language has a file that could not be read: its errors say what to fix.</summary>
    public bool IsUnreadable(string language) => unreadable.Contains(language) || unreadable.Contains(LanguageTag.Primary(language));

    /// <summary>The languages there are files for, in order.</summary>
    public IEnumerable<string> Languages => languages.Keys.Order(StringComparer.Ordinal);

    /// <summary>
    /// The strings of a language tag: its own file (<c>en-GB.yml</c>) or else its primary language's (<c>en.yml</c>);
    /// null when there is neither.
    /// </summary>
    public LanguageStrings? For(string language) =>
        languages.GetValueOrDefault(language) ?? languages.GetValueOrDefault(LanguageTag.Primary(language));

    /// <summary>The strings of a language that was checked to have a file (<see cref="CheckLanguages"/>).</summary>
    public LanguageStrings Of(string language) =>
        For(language) ?? throw new InvalidOperationException($"no strings for '{language}'; CheckLanguages should have reported it");
}
