namespace Generator.Rendering.Views;

/// <summary>
/// A topic for layouts: its <see cref="Kind"/> (<c>tags</c>, <c>people</c> or <c>places</c>), name, address, its own
/// feed (null without a base URL), the index of its kind, and the glossary term of that name with its short
/// definition, when there is one.
/// </summary>
public sealed record TopicView(string Kind, string Name, string Url, string? FeedUrl, LinkView Index, LinkView? Term, string? TermShort);
