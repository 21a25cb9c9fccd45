namespace Generator.Rendering.Views;

/// <summary>A term linked in an article, numbered as its links are in print, with its short definition.</summary>
public sealed record DefinitionView(int Number, string Name, string Short, string Url);
