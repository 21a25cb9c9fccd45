namespace Generator.Prose;

/// <summary>The text a reader sees of some prose, one line per block, and the text of its headings (<see cref="MarkdownPlainText"/>).</summary>
public sealed record PlainText(string Text, IReadOnlyList<string> Headings)
{
    public static readonly PlainText Empty = new("", []);
}
