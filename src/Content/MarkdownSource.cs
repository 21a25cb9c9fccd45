namespace Generator.Content;

/// <summary>
/// Markdown taken from a content file: the file's lines from <paramref name="FirstLine"/> on (what follows the front
/// matter), so positions inside it can be reported as file positions. The text is decoded from the file when read.
/// </summary>
/// <remarks>The build cache keeps it as a reference to the file, not its text (<see cref="Incremental.MarkdownSourceJsonConverter"/>).</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Incremental.MarkdownSourceJsonConverter))]
public sealed record MarkdownSource(SourceFile File, int FirstLine)
{
    public string Text => File.TextFromLine(FirstLine);

    /// <summary>The Markdown as the file holds it, for what can be read without decoding (word counts).</summary>
    public ReadOnlySpan<byte> Utf8 => File.Utf8FromLine(FirstLine);

    public bool IsEmpty => string.IsNullOrWhiteSpace(Text);
}
