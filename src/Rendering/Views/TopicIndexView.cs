namespace Generator.Rendering.Views;

/// <summary>The index of one kind of topic for layouts (<c>/people/</c>): its title and the page's slice of topics, A–Z.</summary>
public sealed record TopicIndexView(string Kind, string Title, IReadOnlyList<TopicEntryView> Topics);
