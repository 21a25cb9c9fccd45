namespace Generator.StoryLinks;

/// <summary>
/// One place that links to an article, as the article's "Linked from" list shows it: the linking article's title, the
/// section's (null for the standfirst), the address of that section and the sentence that holds the link.
/// <paramref name="Language"/> is the linking article's language, for a title in another language than the page.
/// </summary>
public sealed record Backlink(string Title, string? SectionTitle, string Url, string Sentence, string Language);
