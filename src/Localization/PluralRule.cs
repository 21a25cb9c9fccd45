namespace Generator.Localization;

/// <summary>
/// Which plural form a count takes in a language, after the Unicode CLDR plural rules for whole numbers (counts on
/// pages are whole: sections, minutes, articles). English has two forms, "1 section" and "5 sections"; Ukrainian three,
/// "1 розділ", "2 розділи", "5 розділів" (and 21 takes the first again). A strings file gives, for each counted string,
/// a form per category its language's rule can choose (<see cref="Categories"/>).
/// </summary>
public sealed class PluralRule
{
    private readonly Func<long, string> _choose;

    private PluralRule(string name, IReadOnlyList<string> categories, Func<long, string> choose)
    {
        Name = name;
        Categories = categories;
        _choose = choose;
    }

    /// <summary>The languages whose rule this is, for messages ("en, de, nl, …").</summary>
    public string Name { get; }

    /// <summary>The categories the rule chooses among for whole numbers, in CLDR's order.</summary>
    public IReadOnlyList<string> Categories { get; }

    public string Choose(long count) => _choose(Math.Abs(count));

    private static readonly PluralRule OneOther = new("one/other", ["one", "other"], n => n == 1 ? "one" : "other");

    // French and Portuguese put 0 with 1.
    private static readonly PluralRule ZeroOneOther = new("one (0 and 1)/other", ["one", "other"], n => n <= 1 ? "one" : "other");

    // Ukrainian, Russian, Belarusian: 1, 21, 31… / 2–4, 22–24… / the rest, with 11–14 in the last.
    private static readonly PluralRule EastSlavic = new("one/few/many", ["one", "few", "many"], n =>
        n % 10 == 1 && n % 100 != 11 ? "one"
        : n % 10 is >= 2 and <= 4 && n % 100 is < 12 or > 14 ? "few"
        : "many");

    // Polish: only 1 itself is "one"; 2–4, 22–24… are "few"; the rest "many".
    private static readonly PluralRule Polish = new("one/few/many", ["one", "few", "many"], n =>
        n == 1 ? "one"
        : n % 10 is >= 2 and <= 4 && n % 100 is < 12 or > 14 ? "few"
        : "many");

    // Czech and Slovak: 1 / 2–4 / the rest.
    private static readonly PluralRule WestSlavic = new("one/few/other", ["one", "few", "other"], n =>
        n == 1 ? "one" : n is >= 2 and <= 4 ? "few" : "other");

    // Languages that do not inflect nouns for number.
    private static readonly PluralRule OtherOnly = new("other", ["other"], _ => "other");

    private static readonly Dictionary<string, PluralRule> ByLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = OneOther,
        ["de"] = OneOther,
        ["nl"] = OneOther,
        ["sv"] = OneOther,
        ["da"] = OneOther,
        ["nb"] = OneOther,
        ["nn"] = OneOther,
        ["no"] = OneOther,
        ["fi"] = OneOther,
        ["et"] = OneOther,
        ["it"] = OneOther,
        ["es"] = OneOther,
        ["el"] = OneOther,
        ["hu"] = OneOther,
        ["bg"] = OneOther,
        ["ca"] = OneOther,
        ["tr"] = OneOther,
        ["ka"] = OneOther,
        ["fr"] = ZeroOneOther,
        ["pt"] = ZeroOneOther,
        ["uk"] = EastSlavic,
        ["ru"] = EastSlavic,
        ["be"] = EastSlavic,
        ["pl"] = Polish,
        ["cs"] = WestSlavic,
        ["sk"] = WestSlavic,
        ["ja"] = OtherOnly,
        ["zh"] = OtherOnly,
        ["ko"] = OtherOnly,
        ["vi"] = OtherOnly,
        ["th"] = OtherOnly,
        ["id"] = OtherOnly,
    };

    /// <summary>The languages the generator knows a rule for, for messages.</summary>
    public static IEnumerable<string> KnownLanguages => ByLanguage.Keys.Order(StringComparer.Ordinal);

    /// <summary>The rule of a language tag by its primary language ("uk", "en-GB" → "en"); null when none is known.</summary>
    public static PluralRule? For(string language) =>
        ByLanguage.GetValueOrDefault(LanguageTag.Primary(language));
}
