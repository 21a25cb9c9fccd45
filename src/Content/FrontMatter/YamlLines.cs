namespace Generator.Content.FrontMatter;

/// <summary>
/// Where each line of a YAML text starts, to turn YamlDotNet's character offsets into the line and column an editor
/// shows. Its own line and column numbers are not used: it also breaks lines at U+0085, U+2028 and U+2029, which
/// editors do not, and it puts the end of a text that has no final newline on a line after the last one.
/// </summary>
public sealed class YamlLines
{
    private readonly string _text;
    private readonly List<int> _starts = [0];

    public YamlLines(string text)
    {
        _text = text;
        for (var index = text.IndexOf('\n'); index >= 0; index = text.IndexOf('\n', index + 1))
        {
            _starts.Add(index + 1);
        }
    }

    public int Count => _starts.Count;

    /// <summary>The line (from 0) and column (from 0) of the character at <paramref name="offset"/>, kept inside the text.</summary>
    public (int Line, int Column) PositionOf(long offset)
    {
        var index = (int)Math.Clamp(offset, 0, _text.Length);
        var line = _starts.BinarySearch(index);
        line = line >= 0 ? line : ~line - 1;
        return (line, index - _starts[line]);
    }

    /// <summary>The text of <paramref name="line"/> (from 0), or empty past the end.</summary>
    public string Line(int line)
    {
        if (line < 0 || line >= _starts.Count)
        {
            return "";
        }

        var end = line + 1 < _starts.Count ? _starts[line + 1] - 1 : _text.Length;
        return _text[_starts[line]..end];
    }
}
