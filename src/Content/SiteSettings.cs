using Generator.Glossary;

namespace Generator.Content;

/// <summary>The site-wide settings from <c>input/site.yml</c>.</summary>
public sealed record SiteSettings(
    string Title,
    string? Description,
    string? BaseUrl,
    string Language,
    Publisher? Publisher,
    LinkDensity LinkDensity = LinkDensity.FirstInSection,
    bool AllowRawHtml = false)
{
    /// <summary>
    /// Feed readers show the latest stories, and a feed carries each in full: past a few dozen entries the file only
    /// grows (a thousand articles would make it tens of megabytes) and every build would rewrite it.
    /// </summary>
    public const int DefaultFeedEntries = 20;

    /// <summary>Where the site's clocks are: days begin at midnight here, and pages show times in it.</summary>
    public Time.SiteTimeZone TimeZone { get; init; } = Time.SiteTimeZone.Utc;

    /// <summary>How many of the newest articles <c>feed.xml</c> carries.</summary>
    public int FeedEntries { get; init; } = DefaultFeedEntries;

    /// <summary>Where <c>language</c> is written (the file's start without it): where a language with no strings file is reported.</summary>
    public Diagnostics.SourceLocation LanguageLocation { get; init; }
    /// <summary>How many items a page of a listing shows (<c>pagination: {per_page}</c>): the front page, archives, topic pages.</summary>
    public int PerPage { get; init; } = Listings.Paginator.DefaultPerPage;

    /// <summary>The widths photos are resized to (<c>images: {widths}</c>), ascending.</summary>
    public IReadOnlyList<int> ImageWidths { get; init; } = Images.ImageSettings.DefaultWidths;
}
