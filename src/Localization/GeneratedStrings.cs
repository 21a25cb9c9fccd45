namespace Generator.Localization;

/// <summary>
/// The keys the generator writes itself rather than a layout, so every strings file must have them: loading a file
/// without one is an error naming the file and the key, before anything is rendered.
/// </summary>
public static class GeneratedStrings
{
    /// <summary>Month names as dates use them (in Ukrainian, the genitive: "лютого"), January first: a list of 12.</summary>
    public const string Months = "months";

    /// <summary>A day: <c>{day}</c>, <c>{month}</c>, <c>{year}</c>.</summary>
    public const string Date = "date";

    /// <summary>An instant: <c>{date}</c> (as <see cref="Date"/> writes it), <c>{hour}</c>, <c>{minute}</c> (two digits), <c>{zone}</c>.</summary>
    public const string DateTime = "date_time";

    /// <summary>The pop-up's link to a term's page: <c>{term}</c>.</summary>
    public const string MoreAbout = "more_about";

    /// <summary>A note's marker and sidenote, for screen readers: <c>{number}</c>.</summary>
    public const string Note = "note";

    /// <summary>The link from a sidenote back to its words: <c>{number}</c>.</summary>
    public const string BackToNote = "back_to_note";

    /// <summary>The notice that leads a corrected article's feed entry.</summary>
    public const string Correction = "correction";

    /// <summary>The title of the glossary page, and the navigation's link to it.</summary>
    public const string Glossary = "glossary";

    /// <summary>The glossary page's description: <c>{site}</c>.</summary>
    public const string GlossaryDescription = "glossary_description";

    /// <summary>The title of the page for a missing address.</summary>
    public const string NotFound = "not_found";

    /// <summary>The title of the search page.</summary>
    public const string Search = "search";

    /// <summary>The search page's description: <c>{site}</c>.</summary>
    public const string SearchDescription = "search_description";

    /// <summary>The language's own name for itself ("Українська"), for the language switch.</summary>
    public const string LanguageName = "language_name";

    /// <summary>The title of a page of a listing after its first: <c>{title}</c>, <c>{number}</c>.</summary>
    public const string PageNumber = "page_number";

    /// <summary>Month names as a date archive's title uses them (in Ukrainian, the nominative: "лютий"), January first: a list of 12.</summary>
    public const string ArchiveMonths = "archive_months";

    /// <summary>A month's archive title: <c>{month}</c> (from <see cref="ArchiveMonths"/>), <c>{year}</c>.</summary>
    public const string ArchiveMonth = "archive_month";

    /// <summary>A date archive's description: <c>{period}</c> (the year, or the month's title).</summary>
    public const string ArchiveDescription = "archive_description";

    /// <summary>A topic page's description: <c>{name}</c>.</summary>
    public const string TopicDescription = "topic_description";

    /// <summary>The titles of the indexes of tags, people and places.</summary>
    public const string TagsIndex = "index_tags";

    public const string PeopleIndex = "index_people";

    public const string PlacesIndex = "index_places";

    /// <summary>An index's description: <c>{kind}</c> (its title), <c>{site}</c>.</summary>
    public const string IndexDescription = "index_description";

    /// <summary>The label of the sections that name a person or place, under an article in their topic's feed (and page).</summary>
    public const string InSections = "in_sections";

    /// <summary>Every key the generator uses, with whether it is a list.</summary>
    public static IReadOnlyList<(string Key, bool IsList)> All { get; } =
    [
        (Months, true), (Date, false), (DateTime, false), (MoreAbout, false), (Note, false), (BackToNote, false),
        (Correction, false), (Glossary, false), (GlossaryDescription, false), (NotFound, false), (Search, false), (SearchDescription, false),
        (LanguageName, false),
        (PageNumber, false), (ArchiveMonths, true), (ArchiveMonth, false), (ArchiveDescription, false), (TopicDescription, false),
        (TagsIndex, false), (PeopleIndex, false), (PlacesIndex, false), (IndexDescription, false), (InSections, false),
    ];

    /// <summary>The keys an article's prose is rendered with (term links' pop-ups, notes): an article is rendered again when one changes.</summary>
    public static IReadOnlyList<string> Prose { get; } = [MoreAbout, Note, BackToNote];
}
