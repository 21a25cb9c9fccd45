namespace Generator.Rendering.Views;

/// <summary>The site for layouts; <see cref="FeedUrl"/> is null when no feed is written (no base URL).</summary>
public sealed record SiteView(string Title, string? Description, string Language, string? PublisherName, string? PublisherUrl, string Home, string GlossaryUrl, string? FeedUrl, string SearchUrl);
