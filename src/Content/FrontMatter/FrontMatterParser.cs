using System.Text.RegularExpressions;
using Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Generator.Content.FrontMatter;

/// <summary>
/// Turns the YAML of a front matter block into a located <see cref="FrontMatterMap"/>.
/// YamlDotNet counts lines from the start of the YAML block; every location is shifted
/// by <paramref name="firstLine"/> so it names the line in the source file.
/// </summary>
public static partial class FrontMatterParser
{
    /// <summary>Front matter is a flat record with a few nested objects; anything deeper is a mistake or an attack.</summary>
    public const int MaximumDepth = 16;

    public static FrontMatterMap? Parse(string yaml, string file, int firstLine, DiagnosticBag diagnostics) =>
        SimpleYamlReader.TryRead(yaml, file, firstLine) ?? ParseWithYamlDotNet(yaml, file, firstLine, diagnostics);

    /// <summary>Any YAML, through YamlDotNet's parser: what <see cref="SimpleYamlReader"/> declines, and every mistake.</summary>
    internal static FrontMatterMap? ParseWithYamlDotNet(string yaml, string file, int firstLine, DiagnosticBag diagnostics)
    {
        var positions = new YamlLines(yaml);
        var reader = new EventReader(yaml, positions, file, firstLine);
        try
        {
            return reader.ReadDocument(diagnostics);
        }
        catch (YamlException exception)
        {
            diagnostics.Add(DescribeSyntaxError(exception, yaml, positions, file, firstLine));
            return null;
        }
        catch (FrontMatterRejected rejected)
        {
            diagnostics.Add(rejected.Diagnostic);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's parser gives up this way on some unclosed flow collections ("[a, b" followed by "key:").
            var opening = FindUnclosedBracket(yaml.Split('\n'));
            var location = opening is { } at ? new SourceLocation(file, at.Line + firstLine, at.Column + 1) : new SourceLocation(file, firstLine, 1);
            diagnostics.Error(location, "front matter is not valid YAML: a bracket is not closed", BracketHint);
            return null;
        }
    }

    private const string BracketHint = "a bracket is not closed: check that every [ has its ] and every { its }, on the same line.";

    /// <summary>The line and column of a '[' or '{' that opens a flow collection its line does not close.</summary>
    private static (int Line, int Column)? FindUnclosedBracket(string[] lines)
    {
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index];
            var depth = 0;
            var opened = -1;
            var quote = '\0';
            for (var column = 0; column < line.Length; column++)
            {
                var character = line[column];
                if (quote != '\0')
                {
                    quote = character == quote ? '\0' : quote;
                }
                else if (character is '"' or '\'')
                {
                    quote = character;
                }
                else if (character is '[' or '{')
                {
                    opened = depth++ == 0 ? column : opened;
                }
                else if (character is ']' or '}')
                {
                    depth--;
                }
                else if (character == '#' && (column == 0 || line[column - 1] == ' '))
                {
                    break;
                }
            }

            if (depth > 0)
            {
                return (index, opened);
            }
        }

        return null;
    }

    private static Diagnostic DescribeSyntaxError(YamlException exception, string yaml, YamlLines positions, string file, int firstLine)
    {
        var (lineIndex, columnIndex) = positions.PositionOf(exception.Start.Index);
        var location = new SourceLocation(file, lineIndex + firstLine, columnIndex + 1);
        var lines = yaml.Split('\n');
        var offendingLine = positions.Line(lineIndex);
        var leadingWhitespace = offendingLine[..^offendingLine.TrimStart().Length];

        if (leadingWhitespace.Contains('\t') || yaml.Split('\n').Any(l => l.TrimStart(' ').StartsWith('\t')))
        {
            var tabLine = Array.FindIndex(lines, l => l.TrimStart(' ').StartsWith('\t'));
            var tabLocation = tabLine >= 0
                ? new SourceLocation(file, tabLine + firstLine, lines[tabLine].IndexOf('\t') + 1)
                : location;
            return Diagnostic.Error(tabLocation, "front matter is indented with a tab",
                "YAML allows only spaces for indentation: replace the tab with spaces.");
        }

        var message = exception.InnerException?.Message ?? exception.Message;
        var cleaned = CleanMessage(message);
        if (FindUnclosedBracket(lines) is { } bracket && (lineIndex >= lines.Length - 1 || bracket.Line < lineIndex))
        {
            // The parser notices an unclosed bracket only where the block ends; point at the bracket.
            return Diagnostic.Error(new SourceLocation(file, bracket.Line + firstLine, bracket.Column + 1),
                "front matter is not valid YAML: a bracket is not closed", BracketHint);
        }

        var hint = HintFor(cleaned, offendingLine);
        if (IsUnclosedQuote(cleaned))
        {
            // YamlDotNet reports an unclosed quote where the stream ends; the useful place is where the quote opened.
            var opening = FindUnclosedQuote(lines);
            if (opening is { } position)
            {
                location = new SourceLocation(file, position.Line + firstLine, position.Column + 1);
            }
        }

        return Diagnostic.Error(location, $"front matter is not valid YAML: {cleaned}", hint);
    }

    private static bool IsUnclosedQuote(string message) =>
        message.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase);

    private static (int Line, int Column)? FindUnclosedQuote(string[] lines)
    {
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index];
            foreach (var quote in new[] { '"', '\'' })
            {
                var count = line.Count(c => c == quote);
                var colon = line.IndexOf(": ", StringComparison.Ordinal);
                var first = line.IndexOf(quote);
                var startsValue = first >= 0 && (first == (colon < 0 ? -1 : colon + 2) || line.TrimStart().StartsWith("- " + quote, StringComparison.Ordinal));
                if (startsValue && count % 2 == 1)
                {
                    return (index, first);
                }
            }
        }

        return null;
    }

    private static string CleanMessage(string message)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; we give our own location.
        var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        var text = marker >= 0 && message.StartsWith('(') ? message[(marker + 3)..] : message;
        return text.TrimEnd('.').Trim();
    }

    private static string HintFor(string message, string offendingLine)
    {
        if (IsUnclosedQuote(message))
        {
            return "a quoted value is not closed: add the closing quote on the same line.";
        }

        if (message.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase))
        {
            return "a value contains ': ' — put the whole value in double quotes.";
        }

        if (offendingLine.Contains('[') != offendingLine.Contains(']') || offendingLine.Contains('{') != offendingLine.Contains('}'))
        {
            return BracketHint;
        }

        return "check the indentation (spaces only, the same depth for keys of one level) and quote values that contain ':' or '#'.";
    }

    /// <summary>Carries a located refusal out of the recursive reader in one step.</summary>
    private sealed class FrontMatterRejected(Diagnostic diagnostic) : Exception(diagnostic.Message)
    {
        public Diagnostic Diagnostic { get; } = diagnostic;
    }

    private sealed class EventReader(string yaml, YamlLines positions, string file, int firstLine)
    {
        private readonly IParser _parser = new LocatingParser(yaml, positions, file, firstLine);

        public FrontMatterMap? ReadDocument(DiagnosticBag diagnostics)
        {
            _parser.Consume<StreamStart>();
            if (_parser.TryConsume<StreamEnd>(out _))
            {
                return new FrontMatterMap(new SourceLocation(file, firstLine, 1), []);
            }

            _parser.Consume<DocumentStart>();
            var root = ReadNode(depth: 0, diagnostics);
            _parser.Consume<DocumentEnd>();
            if (!_parser.TryConsume<StreamEnd>(out _))
            {
                var extra = _parser.Current!;
                throw new FrontMatterRejected(Diagnostic.Error(Locate(extra.Start),
                    "front matter holds more than one YAML document",
                    "remove the extra '---' or '...' line inside the front matter."));
            }

            if (root is FrontMatterMap map)
            {
                return map;
            }

            if (root is FrontMatterScalar { IsNull: true })
            {
                return new FrontMatterMap(root.Location, []);
            }

            diagnostics.Error(root.Location, $"front matter must be a mapping of keys to values, but is {root.Describe()}",
                "write one 'key: value' per line, e.g. 'title: My headline'.");
            return null;
        }

        private FrontMatterNode ReadNode(int depth, DiagnosticBag diagnostics)
        {
            var current = _parser.Current ?? throw new InvalidOperationException("The YAML parser ended inside a document.");
            if (depth > MaximumDepth)
            {
                throw new FrontMatterRejected(Diagnostic.Error(Locate(current.Start),
                    $"front matter is nested more than {MaximumDepth} levels deep",
                    "front matter keys are at most a few levels deep; remove the extra nesting."));
            }

            switch (current)
            {
                case AnchorAlias alias:
                    throw new FrontMatterRejected(Diagnostic.Error(Locate(alias.Start),
                        $"front matter uses the YAML alias '*{alias.Value}'",
                        "aliases are not supported in front matter (they can multiply a small file into gigabytes); write the value out."));
                case Scalar scalar:
                    _parser.MoveNext();
                    return new FrontMatterScalar(Locate(scalar.Start), scalar.Value, scalar.Style == ScalarStyle.Plain);
                case SequenceStart sequenceStart:
                    {
                        _parser.MoveNext();
                        var items = new List<FrontMatterNode>();
                        while (!_parser.TryConsume<SequenceEnd>(out _))
                        {
                            items.Add(ReadNode(depth + 1, diagnostics));
                        }

                        return new FrontMatterList(Locate(sequenceStart.Start), items);
                    }

                case MappingStart mappingStart:
                    {
                        _parser.MoveNext();
                        var entries = new List<FrontMatterEntry>();
                        var seen = new Dictionary<string, FrontMatterScalar>(StringComparer.Ordinal);
                        while (!_parser.TryConsume<MappingEnd>(out _))
                        {
                            var keyNode = ReadNode(depth + 1, diagnostics);
                            if (_parser.Current is MappingEnd)
                            {
                                // YamlDotNet ends the mapping right after the key when a ':' has no key before it
                                // (": value", "- :"), losing the value.
                                diagnostics.Error(keyNode.Location, "front matter is not valid YAML: a ':' has no key before it",
                                    "write each entry as 'key: value', with the key before the colon.");
                                continue;
                            }

                            var value = ReadNode(depth + 1, diagnostics);
                            if (keyNode is not FrontMatterScalar key)
                            {
                                diagnostics.Error(keyNode.Location, "a front matter key must be plain text, not a list or mapping");
                                continue;
                            }

                            if (seen.TryGetValue(key.Value, out var first))
                            {
                                diagnostics.Error(key.Location, $"the key '{key.Value}' is written twice (first on line {first.Location.Line})",
                                    "keep one of the two; YAML does not allow a key to repeat in the same mapping.");
                                continue;
                            }

                            seen.Add(key.Value, key);
                            entries.Add(new FrontMatterEntry(key, value));
                        }

                        return new FrontMatterMap(Locate(mappingStart.Start), entries);
                    }

                default:
                    throw new FrontMatterRejected(Diagnostic.Error(Locate(current.Start),
                        $"unexpected YAML element {current.GetType().Name}"));
            }
        }

        private SourceLocation Locate(Mark mark) => Place(mark.Index, positions, file, firstLine);
    }

    private static SourceLocation Place(long offset, YamlLines positions, string file, int firstLine)
    {
        var (line, column) = positions.PositionOf(offset);
        return new SourceLocation(file, line + firstLine, column + 1);
    }

    /// <summary>
    /// YamlDotNet's parser, except that the two mistakes it fails on without a YamlException are reported as invalid
    /// front matter where they are written, instead of passing for a bug in the generator: a tag that does not expand
    /// to a valid URI (<c>title: !!B.+</c>, an ArgumentException) and a <c>\U</c> escape of eight hex digits from
    /// 80000000 up (<c>"\UFFFFFFFF"</c>: read into a signed number, it turns negative, slips past YamlDotNet's range
    /// check and fails in <see cref="char.ConvertFromUtf32"/>). Only those exceptions are caught: any other out-of-range
    /// or null argument inside YamlDotNet would be a bug.
    /// </summary>
    private sealed partial class LocatingParser(string yaml, YamlLines positions, string file, int firstLine) : IParser
    {
        private readonly Parser _inner = new(new StringReader(yaml));

        public ParsingEvent? Current => _inner.Current;

        public bool MoveNext()
        {
            try
            {
                return _inner.MoveNext();
            }
            catch (ArgumentException exception) when (exception.GetType() == typeof(ArgumentException))
            {
                throw Rejected(yaml.IndexOf('!', SearchStart), "front matter has a YAML tag that is not valid",
                    "remove the tag (the word starting with '!' before the value): front matter values need no tags.");
            }
            catch (ArgumentOutOfRangeException exception) when (exception.ParamName == "utf32")
            {
                var escape = NegativeUnicodeEscape().Match(yaml, SearchStart);
                throw Rejected(escape.Success ? escape.Index : -1, "front matter has a '\\U' escape that is not a Unicode character",
                    "a '\\U' escape takes the eight hex digits of a character, at most 0010FFFF (e.g. \\U0001F600); or write the character itself.");
            }
        }

        /// <summary>The value that failed belongs to the event being parsed, so it is written after the last event's start.</summary>
        private int SearchStart => (int)Math.Min(Current?.Start.Index ?? 0, yaml.Length);

        private FrontMatterRejected Rejected(int offset, string message, string hint) =>
            new(Diagnostic.Error(Place(offset >= 0 ? offset : SearchStart, positions, file, firstLine), message, hint));

        [GeneratedRegex(@"\\U[89A-Fa-f][0-9A-Fa-f]{7}")]
        private static partial Regex NegativeUnicodeEscape();
    }
}
