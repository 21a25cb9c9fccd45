namespace Generator.Diagnostics;

/// <summary>Converts a character index in a text into the line and column an editor shows (both from 1).</summary>
public static class TextPosition
{
    public static (int Line, int Column) Of(string text, int index)
    {
        var line = 1 + text.AsSpan(0, index).Count('\n');
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        return (line, index - lineStart + 1);
    }
}
