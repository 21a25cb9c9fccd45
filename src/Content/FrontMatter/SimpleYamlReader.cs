using Generator.Diagnostics;

namespace Generator.Content.FrontMatter;

/// <summary>
/// Reads the YAML that front matter is nearly always written in straight into a <see cref="FrontMatterMap"/>: block
/// mappings and lists, nested by indentation, whose values are one-line plain, double-quoted or single-quoted text.
/// It declines (returns null) at the first thing outside that subset — flow collections, block scalars, values over
/// several lines, escapes, anchors, tags, a comment after a value, an empty value in a list, any mistake — and the
/// caller then reads the block with YamlDotNet, which also locates and explains every error.
/// </summary>
/// <remarks>
/// YamlDotNet allocates about 33 KB for each front matter block, and a large site has one per section; this reader
/// allocates little more than the tree. For what it accepts it gives the tree YamlDotNet's events give, locations
/// included: <c>SimpleYamlReaderTests</c> checks both on generated front matter and on mutations of it.
/// </remarks>
public sealed class SimpleYamlReader
{
    /// <summary>Well inside <see cref="FrontMatterParser.MaximumDepth"/>, so nothing this reader accepts is refused there.</summary>
    private const int MaximumDepth = 8;

    /// <summary>YamlDotNet refuses longer keys written on one line; no front matter key comes near.</summary>
    private const int MaximumKeyLength = 128;

    private readonly string _yaml;
    private readonly string _file;
    private readonly int _firstLine;
    private readonly List<int> _lineStarts = [];
    private readonly List<int> _lineEnds = [];

    /// <summary>The line being read, from 0.</summary>
    private int _line;

    /// <summary>Where the next token starts on <see cref="_line"/>, or -1 when that line is finished.</summary>
    private int _at = -1;

    private SimpleYamlReader(string yaml, string file, int firstLine)
    {
        _yaml = yaml;
        _file = file;
        _firstLine = firstLine;
    }

    /// <summary>The front matter <paramref name="yaml"/> holds, or null when it is not in the subset this reader takes.</summary>
    /// <param name="firstLine">The line of the file the YAML starts on, for locations.</param>
    public static FrontMatterMap? TryRead(string yaml, string file, int firstLine)
    {
        var reader = new SimpleYamlReader(yaml, file, firstLine);
        return reader.SplitLines() ? reader.ReadDocument() : null;
    }

    /// <summary>
    /// Finds the lines, and declines any character YAML treats specially outside quotes wherever it is: tabs, line
    /// breaks other than LF and CRLF (YAML also breaks at U+0085, U+2028 and U+2029), a byte order mark, and the
    /// characters YAML does not allow at all.
    /// </summary>
    private bool SplitLines()
    {
        var start = 0;
        for (var index = 0; index < _yaml.Length; index++)
        {
            var character = _yaml[index];
            if (character == '\n')
            {
                AddLine(start, index > start && _yaml[index - 1] == '\r' ? index - 1 : index);
                start = index + 1;
            }
            else if (character == '\r')
            {
                if (index + 1 >= _yaml.Length || _yaml[index + 1] != '\n')
                {
                    return false;
                }
            }
            else if (char.IsHighSurrogate(character))
            {
                if (index + 1 >= _yaml.Length || !char.IsLowSurrogate(_yaml[index + 1]))
                {
                    return false;
                }

                index++;
            }
            else if (!IsOrdinary(character))
            {
                return false;
            }
        }

        AddLine(start, _yaml.Length);
        return true;
    }

    private static bool IsOrdinary(char character) =>
        character is (>= ' ' and <= '~') or (>= '\u00A0' and < '\uD800' and not '\u2028' and not '\u2029')
            or (>= '\uE000' and <= '\uFFFD' and not '\uFEFF');

    private void AddLine(int start, int end)
    {
        _lineStarts.Add(start);
        _lineEnds.Add(end);
    }

    private FrontMatterMap? ReadDocument()
    {
        if (!MoveToContent() || Column != 0)
        {
            return null;
        }

        var map = ReadMap(column: 0, depth: 0);
        return map is not null && !MoveToContent() ? map : null;
    }

    /// <summary>A mapping whose keys all start at <paramref name="column"/>; the reader stands on its first key.</summary>
    private FrontMatterMap? ReadMap(int column, int depth)
    {
        if (depth > MaximumDepth)
        {
            return null;
        }

        var location = Locate(_at);
        var entries = new List<FrontMatterEntry>();
        // A set, not a search of the entries: a block of 50,000 keys must be read (and refused) in linear time.
        var keys = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            if (ReadKey() is not { } key || ReadValueAfterKey(column, depth) is not { } value || !keys.Add(key.Value))
            {
                return null;
            }

            entries.Add(new FrontMatterEntry(key, value));
            if (!MoveToContent() || Column < column)
            {
                return new FrontMatterMap(location, entries);
            }

            if (Column > column)
            {
                // More indented, not after an empty value: a value over several lines, or a mistake.
                return null;
            }
        }
    }

    /// <summary>A key of letters, digits, '_' and '-', then ':' and a space or the end of the line.</summary>
    private FrontMatterScalar? ReadKey()
    {
        var end = KeyEnd(_at);
        if (end < 0)
        {
            return null;
        }

        var key = new FrontMatterScalar(Locate(_at), _yaml[_at..end], IsPlain: true);
        _at = end + 1;
        return key;
    }

    /// <summary>Where the key starting at <paramref name="start"/> ends (at its ':'), or -1 when no such key starts there.</summary>
    private int KeyEnd(int start)
    {
        var lineEnd = _lineEnds[_line];
        var end = start;
        while (end < lineEnd && (char.IsAsciiLetterOrDigit(_yaml[end]) || _yaml[end] == '_' || (_yaml[end] == '-' && end > start)))
        {
            end++;
        }

        var endsWithColon = end > start && end - start <= MaximumKeyLength && end < lineEnd && _yaml[end] == ':';
        return endsWithColon && (end + 1 == lineEnd || _yaml[end + 1] == ' ') ? end : -1;
    }

    private FrontMatterNode? ReadValueAfterKey(int column, int depth)
    {
        var afterColon = Locate(_at);
        SkipSpaces();
        if (_at < _lineEnds[_line])
        {
            return ReadScalarToEndOfLine();
        }

        FinishLine();
        if (!MoveToContent())
        {
            return EmptyValue(afterColon);
        }

        if (Column > column)
        {
            return IsListItem() ? ReadList(Column, depth + 1) : ReadMap(Column, depth + 1);
        }

        // A list may start at its key's own column ("notes:" then "- ..." under it).
        return Column == column && IsListItem() ? ReadList(column, depth + 1) : EmptyValue(afterColon);
    }

    /// <summary>A key with nothing after it, which YAML reads as null, placed where YamlDotNet places it: after the colon.</summary>
    private static FrontMatterScalar EmptyValue(SourceLocation afterColon) => new(afterColon, "", IsPlain: true);

    /// <summary>A list whose dashes all stand at <paramref name="column"/>; the reader stands on the first dash.</summary>
    private FrontMatterList? ReadList(int column, int depth)
    {
        if (depth > MaximumDepth)
        {
            return null;
        }

        var location = Locate(_at);
        var items = new List<FrontMatterNode>();
        while (true)
        {
            _at++;
            SkipSpaces();
            if (_at >= _lineEnds[_line] || _yaml[_at] == '-')
            {
                // An empty item, or a list in a list: both rare enough to leave to YamlDotNet.
                return null;
            }

            FrontMatterNode? item = KeyEnd(_at) >= 0 ? ReadMap(Column, depth + 1) : ReadScalarToEndOfLine();
            if (item is null)
            {
                return null;
            }

            items.Add(item);
            if (!MoveToContent() || Column < column || (Column == column && !IsListItem()))
            {
                // At its own column, a line that is not an item ends a list that hangs at its key's column.
                return new FrontMatterList(location, items);
            }

            if (Column > column)
            {
                return null;
            }
        }
    }

    private bool IsListItem() =>
        _yaml[_at] == '-' && _at + 1 < _lineEnds[_line] && _yaml[_at + 1] == ' ';

    /// <summary>A one-line value: double-quoted without escapes, single-quoted, or plain; nothing may follow it.</summary>
    private FrontMatterScalar? ReadScalarToEndOfLine()
    {
        var start = _at;
        var lineEnd = _lineEnds[_line];
        FrontMatterScalar? scalar;
        switch (_yaml[start])
        {
            case '"':
                {
                    var close = _yaml.IndexOf('"', start + 1, lineEnd - start - 1);
                    var escaped = close >= 0 && _yaml.AsSpan(start + 1, close - start - 1).Contains('\\');
                    scalar = close < 0 || escaped ? null : new FrontMatterScalar(Locate(start), _yaml[(start + 1)..close], IsPlain: false);
                    _at = close + 1;
                    break;
                }

            case '\'':
                scalar = ReadSingleQuoted(start, lineEnd);
                break;
            default:
                scalar = ReadPlain(start, lineEnd);
                _at = lineEnd;
                break;
        }

        if (scalar is null)
        {
            return null;
        }

        SkipSpaces();
        if (_at < lineEnd)
        {
            return null;
        }

        FinishLine();
        return scalar;
    }

    private FrontMatterScalar? ReadSingleQuoted(int start, int lineEnd)
    {
        var text = new System.Text.StringBuilder();
        for (var index = start + 1; index < lineEnd; index++)
        {
            if (_yaml[index] != '\'')
            {
                text.Append(_yaml[index]);
            }
            else if (index + 1 < lineEnd && _yaml[index + 1] == '\'')
            {
                text.Append('\'');
                index++;
            }
            else
            {
                _at = index + 1;
                return new FrontMatterScalar(Locate(start), text.ToString(), IsPlain: false);
            }
        }

        return null;
    }

    /// <summary>
    /// Plain text, declined where YAML would read more into it: a first character that is an indicator, a ': ' or a
    /// final ':' (a key), a ' #' (a comment).
    /// </summary>
    private FrontMatterScalar? ReadPlain(int start, int lineEnd)
    {
        if ("-?:,[]{}#&*!|>%@`".Contains(_yaml[start]))
        {
            return null;
        }

        var end = lineEnd;
        while (_yaml[end - 1] == ' ')
        {
            end--;
        }

        var text = _yaml.AsSpan(start, end - start);
        if (text[^1] == ':' || text.Contains(": ", StringComparison.Ordinal) || text.Contains(" #", StringComparison.Ordinal))
        {
            return null;
        }

        return new FrontMatterScalar(Locate(start), text.ToString(), IsPlain: true);
    }

    /// <summary>The column the reader stands at, from 0: a line's indentation, or where a list item's value starts.</summary>
    private int Column => _at - _lineStarts[_line];

    private void SkipSpaces()
    {
        var lineEnd = _lineEnds[_line];
        while (_at < lineEnd && _yaml[_at] == ' ')
        {
            _at++;
        }
    }

    private void FinishLine()
    {
        _line++;
        _at = -1;
    }

    /// <summary>Stands on the next token, skipping blank lines and comment lines; false at the end of the YAML.</summary>
    private bool MoveToContent()
    {
        if (_at >= 0)
        {
            return true;
        }

        for (; _line < _lineStarts.Count; _line++)
        {
            _at = _lineStarts[_line];
            SkipSpaces();
            if (_at < _lineEnds[_line] && _yaml[_at] != '#')
            {
                return true;
            }
        }

        _at = -1;
        return false;
    }

    private SourceLocation Locate(int offset) => new(_file, _line + _firstLine, offset - _lineStarts[_line] + 1);
}
