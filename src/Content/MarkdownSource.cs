namespace Generator.Content;

/// <summary>Markdown taken from a content file, with the file line it starts on so positions inside it can be reported.</summary>
public sealed record MarkdownSource(string Text, SourceFile File, int FirstLine)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Text);
}
