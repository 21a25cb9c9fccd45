using Generator.Diagnostics;

namespace Generator.Content.FrontMatter;

/// <summary>
/// A content file split into its front matter and its Markdown body, with the file line where the body starts
/// (so Markdown positions can be reported as file positions too).
/// </summary>
public sealed record FrontMatterBlock(FrontMatterMap Map, string Body, int BodyFirstLine)
{
    private const string Fence = "---";

    /// <summary>Splits <paramref name="file"/>; returns null and reports why when it has no usable front matter.</summary>
    public static FrontMatterBlock? Split(SourceFile file, DiagnosticBag diagnostics)
    {
        var text = file.Text;
        if (text.Trim().Length == 0)
        {
            diagnostics.Error(SourceLocation.StartOf(file.DisplayPath), "the file is empty",
                "start it with front matter between two '---' lines, e.g. '---\\ntitle: ...\\n---'.");
            return null;
        }

        var lines = text.Split('\n');
        if (!IsFence(lines[0]))
        {
            var laterFence = Array.FindIndex(lines, IsFence);
            var hint = laterFence > 0
                ? $"there is a '---' on line {laterFence + 1}: front matter must be at the very top of the file, on line 1."
                : "start the file with a '---' line, the front matter, and another '---' line.";
            diagnostics.Error(SourceLocation.StartOf(file.DisplayPath), "the file does not start with front matter", hint);
            return null;
        }

        var closing = Array.FindIndex(lines, 1, line => IsFence(line) || line.TrimEnd() == "...");
        if (closing < 0)
        {
            diagnostics.Error(SourceLocation.StartOf(file.DisplayPath), "the front matter opened on line 1 is never closed",
                "add a line with only '---' after the last front matter key.");
            return null;
        }

        var yaml = string.Join('\n', lines[1..closing]);
        var map = FrontMatterParser.Parse(yaml, file.DisplayPath, firstLine: 2, diagnostics);
        if (map is null)
        {
            return null;
        }

        var body = string.Join('\n', lines[(closing + 1)..]);
        return new FrontMatterBlock(map, body, BodyFirstLine: closing + 2);
    }

    private static bool IsFence(string line) => line.TrimEnd() == Fence;
}
