namespace Generator.Rendering;

/// <summary>A note ready for the page: its number through the article, the words it is anchored to, its text as HTML.</summary>
public sealed record RenderedNote(int Number, string Quote, string Html);
