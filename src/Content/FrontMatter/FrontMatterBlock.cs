using System.Text;
using Generator.Diagnostics;

namespace Generator.Content.FrontMatter;

/// <summary>
/// A content file split into its front matter and its Markdown body; the body is the file's lines from
/// <paramref name="BodyFirstLine"/> on (so Markdown positions can be reported as file positions too).
/// </summary>
public sealed record FrontMatterBlock(FrontMatterMap Map, int BodyFirstLine)
{
    private const string Fence = "---";

    /// <summary>Splits <paramref name="file"/>; returns null and reports why when it has no usable front matter.</summary>
    /// <remarks>
    /// Lines are found in the file's UTF-8 and only the front matter is decoded: the body of every section would
    /// otherwise be decoded, split into lines and joined again only to be held until rendering.
    /// </remarks>
    public static FrontMatterBlock? Split(SourceFile file, DiagnosticBag diagnostics)
    {
        var bytes = file.Utf8;
        var firstLineEnd = LineEnd(bytes, 0);
        if (!IsFence(bytes[..firstLineEnd]))
        {
            ReportMissingFrontMatter(file, diagnostics);
            return null;
        }

        // The closing line: '---' as the opening one, or YAML's document end marker '...'.
        var lineStart = firstLineEnd + 1;
        var line = 2;
        while (lineStart <= bytes.Length)
        {
            var lineEnd = LineEnd(bytes, lineStart);
            var text = bytes[lineStart..lineEnd];
            if (IsFence(text) || IsDocumentEnd(text))
            {
                var yaml = lineStart - 1 > firstLineEnd + 1 ? Encoding.UTF8.GetString(bytes[(firstLineEnd + 1)..(lineStart - 1)]) : "";
                return FrontMatterParser.Parse(yaml, file.DisplayPath, firstLine: 2, diagnostics) is { } map
                    ? new FrontMatterBlock(map, BodyFirstLine: line + 1)
                    : null;
            }

            lineStart = lineEnd + 1;
            line++;
        }

        diagnostics.Error(SourceLocation.StartOf(file.DisplayPath), "the front matter opened on line 1 is never closed",
            "add a line with only '---' after the last front matter key.");
        return null;
    }

    private static void ReportMissingFrontMatter(SourceFile file, DiagnosticBag diagnostics)
    {
        var text = file.Text;
        if (text.Trim().Length == 0)
        {
            diagnostics.Error(SourceLocation.StartOf(file.DisplayPath), "the file is empty",
                "start it with front matter between two '---' lines, e.g. '---\\ntitle: ...\\n---'.");
            return;
        }

        var laterFence = Array.FindIndex(text.Split('\n'), line => line.TrimEnd() == Fence);
        var hint = laterFence > 0
            ? $"there is a '---' on line {laterFence + 1}: front matter must be at the very top of the file, on line 1."
            : "start the file with a '---' line, the front matter, and another '---' line.";
        diagnostics.Error(SourceLocation.StartOf(file.DisplayPath), "the file does not start with front matter", hint);
    }

    /// <summary>Where the line starting at <paramref name="start"/> ends: its '\n', or the end of the file.</summary>
    private static int LineEnd(ReadOnlySpan<byte> bytes, int start)
    {
        var newline = bytes[start..].IndexOf((byte)'\n');
        return newline < 0 ? bytes.Length : start + newline;
    }

    private static bool IsFence(ReadOnlySpan<byte> line) => Is(line, "---"u8);

    private static bool IsDocumentEnd(ReadOnlySpan<byte> line) => Is(line, "..."u8);

    /// <summary>Whether the line is <paramref name="marker"/> followed by nothing but white space, as <c>TrimEnd</c> sees it.</summary>
    private static bool Is(ReadOnlySpan<byte> line, ReadOnlySpan<byte> marker) =>
        line.StartsWith(marker) &&
        (line.Length == marker.Length || Encoding.UTF8.GetString(line[marker.Length..]).TrimEnd().Length == 0);
}
