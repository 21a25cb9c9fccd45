namespace Generator.Rendering.Views;

/// <summary>
/// A place that links to the article, for its "Linked from" list: the linking article's <see cref="Title"/>, its
/// section's (null for the standfirst), the address of that section, the sentence that holds the link, and the
/// linking article's language.
/// </summary>
public sealed record BacklinkView(string Title, string? Section, string Url, string Sentence, string Language);
