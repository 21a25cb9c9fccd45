namespace Generator.Rendering.Views;

/// <summary>A topic in its index: its name, its address and how many articles carry it.</summary>
public sealed record TopicEntryView(string Title, string Url, int Count);
