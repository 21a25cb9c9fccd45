using System.Globalization;
using Generator.Content.Time;
using Generator.Diagnostics;

namespace Generator.Content.FrontMatter;

/// <summary>
/// Reads typed values out of one front matter mapping and reports, with locations, every key it does not know,
/// every value of the wrong type and every required key that is missing.
/// Each content type declares its keys once, in the reader that builds it; that list is the schema.
/// </summary>
public sealed class FrontMatterReader
{
    private readonly FrontMatterMap _map;
    private readonly DiagnosticBag _diagnostics;
    private readonly string _context;
    private readonly IReadOnlyList<string> _knownKeys;
    private readonly Dictionary<string, FrontMatterEntry> _entries;

    public FrontMatterReader(FrontMatterMap map, DiagnosticBag diagnostics, IReadOnlyList<string> knownKeys, string context)
    {
        _map = map;
        _diagnostics = diagnostics;
        _knownKeys = knownKeys;
        _context = context;
        // Keys are unique within a mapping (the parser reports repeats), so the first of each is the one.
        _entries = new Dictionary<string, FrontMatterEntry>(map.Entries.Count, StringComparer.Ordinal);
        foreach (var entry in map.Entries)
        {
            _entries.TryAdd(entry.Key.Value, entry);
        }

        ReportUnknownKeys();
    }

    public SourceLocation Location => _map.Location;

    public SourceLocation LocationOf(string key) => Find(key)?.Key.Location ?? _map.Location;

    /// <summary>Whether the key is written with a value (of any type).</summary>
    public bool Has(string key) => Find(key) is { Value: not FrontMatterScalar { IsNull: true } };

    public string? Text(string key, bool required = false)
    {
        var node = Value(key, required, "text");
        switch (node)
        {
            case null:
                return null;
            case FrontMatterScalar scalar:
                var text = scalar.Value.Trim();
                if (!IsPrintable(key, text, scalar.Location))
                {
                    return null;
                }

                if (required && text.Length == 0)
                {
                    EmptyValue(key, scalar.Location, "text");
                    return null;
                }

                return text.Length == 0 ? null : text;
            default:
                WrongType(key, node, "text");
                return null;
        }
    }

    public int? Integer(string key)
    {
        if (Value(key, required: false, "a whole number") is not { } node)
        {
            return null;
        }

        if (node is FrontMatterScalar { IsPlain: true } scalar &&
            int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        if (node is FrontMatterScalar { IsPlain: false } quoted && int.TryParse(quoted.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
        {
            _diagnostics.Error(node.Location, $"'{key}' must be a whole number, but the quotes make {node.Describe()} text",
                $"remove the quotes: {key}: {quoted.Value}");
            return null;
        }

        WrongType(key, node, "a whole number, e.g. 3");
        return null;
    }

    /// <summary>Whether <paramref name="key"/> is written as a plain <c>true</c> or <c>false</c> (for keys that also take text).</summary>
    public bool IsBoolean(string key) =>
        Find(key)?.Value is FrontMatterScalar { IsPlain: true } scalar && scalar.Value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE";

    public bool? Boolean(string key)
    {
        if (Value(key, required: false, "true or false") is not { } node)
        {
            return null;
        }

        if (node is FrontMatterScalar { IsPlain: true } scalar)
        {
            switch (scalar.Value)
            {
                case "true" or "True" or "TRUE":
                    return true;
                case "false" or "False" or "FALSE":
                    return false;
            }
        }

        WrongType(key, node, "true or false (without quotes)");
        return null;
    }

    public DateOnly? Date(string key, bool required = false)
    {
        if (Value(key, required, "a date (YYYY-MM-DD)") is not { } node)
        {
            return null;
        }

        if (node is FrontMatterScalar scalar && IsWrittenAsDate(scalar.Value.AsSpan().Trim(), out var date))
        {
            if (date is { } day)
            {
                return day;
            }

            _diagnostics.Error(node.Location, $"'{key}' is written as a date, but {node.Describe()} is not a day of the calendar",
                "check the month (01–12) and the day (the month may be shorter).");
            return null;
        }

        WrongType(key, node, "a date written as YYYY-MM-DD, e.g. 2022-02-14");
        return null;
    }

    /// <summary>Whether <paramref name="key"/> is written as the plain word <paramref name="word"/> (for keys that take a word or a value).</summary>
    public bool IsWord(string key, string word) => Find(key)?.Value is FrontMatterScalar { IsPlain: true } scalar && scalar.Value.Trim() == word;

    /// <summary>A day (<c>YYYY-MM-DD</c>) or an RFC 3339 date-time with its offset (<c>2022-02-14T09:30:00+02:00</c>).</summary>
    public ContentTime? Time(string key, bool required = false)
    {
        const string Expected = "a date (YYYY-MM-DD) or a date and time with its offset (YYYY-MM-DDTHH:MM:SS+02:00)";
        if (Value(key, required, Expected) is not { } node)
        {
            return null;
        }

        if (node is FrontMatterScalar scalar)
        {
            var text = scalar.Value.AsSpan().Trim();
            if (IsWrittenAsDate(text, out var date))
            {
                if (date is { } day)
                {
                    return ContentTime.OfDay(day);
                }

                NotInCalendar(key, node);
                return null;
            }

            switch (Rfc3339.TryParse(text, out var instant))
            {
                case Rfc3339.Reading.Read:
                    return ContentTime.OfInstant(instant);
                case Rfc3339.Reading.MissingOffset:
                    _diagnostics.Error(node.Location, $"'{key}' gives a time without its offset from UTC, so the instant it means is unknown",
                        $"add the offset, e.g. {text}+02:00 (or Z for UTC); a plain day (YYYY-MM-DD) needs none.");
                    return null;
                case Rfc3339.Reading.OutOfRange:
                    NotInCalendar(key, node);
                    return null;
            }
        }

        WrongType(key, node, Expected);
        return null;
    }

    private void NotInCalendar(string key, FrontMatterNode node) =>
        _diagnostics.Error(node.Location, $"'{key}' is written as a date, but {node.Describe()} is not a day of the calendar or a time of day",
            "check the month (01–12), the day (the month may be shorter), the hour (00–23), the minutes and seconds (00–59) and the offset (up to ±14:00).");

    /// <summary>
    /// Reads <c>YYYY-MM-DD</c> by hand: <see cref="DateOnly.TryParseExact(string, string, IFormatProvider, DateTimeStyles, out DateOnly)"/>
    /// compares through the culture's collator even for the invariant culture, and building that collator is a
    /// quarter of a small site's build. False when the text is not written as a date; a null date when it is written as
    /// one but no such day exists (2022-02-30).
    /// </summary>
    private static bool IsWrittenAsDate(ReadOnlySpan<char> text, out DateOnly? date)
    {
        date = null;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-' ||
            !Rfc3339.Digits(text[..4], out var year) || !Rfc3339.Digits(text[5..7], out var month) || !Rfc3339.Digits(text[8..], out var day))
        {
            return false;
        }

        if (year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            date = new DateOnly(year, month, day);
        }

        return true;
    }

    /// <summary>A list of text values; a single text value is accepted as a list of one, as editors often write it so.</summary>
    public IReadOnlyList<string> TextList(string key) => LocatedTextList(key).Select(item => item.Value).ToList();

    /// <summary>Like <see cref="TextList"/>, keeping where each item was written, for values checked later (slugs).</summary>
    public IReadOnlyList<LocatedText> LocatedTextList(string key)
    {
        switch (Value(key, required: false, "a list of text"))
        {
            case null:
                return [];
            case FrontMatterScalar scalar:
                if (scalar.Value.Trim().Length == 0 || !IsPrintable(key, scalar.Value, scalar.Location))
                {
                    return [];
                }

                WarnOfCommas(key, scalar);
                return [new LocatedText(scalar.Value.Trim(), scalar.Location)];
            case FrontMatterList list:
                var items = new List<LocatedText>(list.Items.Count);
                foreach (var item in list.Items)
                {
                    if (item is FrontMatterScalar { IsNull: false } text && text.Value.Trim().Length > 0)
                    {
                        if (IsPrintable(key, text.Value, text.Location))
                        {
                            items.Add(new LocatedText(text.Value.Trim(), text.Location));
                        }
                    }
                    else
                    {
                        _diagnostics.Error(item.Location, $"each item of '{key}' in {_context} must be text, but this one is {item.Describe()}",
                            $"write the items of '{key}' as '- text', one per line.");
                    }
                }

                if (list.Items is [FrontMatterScalar only] && items.Count == 1)
                {
                    WarnOfCommas(key, only);
                }

                return items;
            case var other:
                WrongType(key, other, "a list of text, e.g. [one, two]");
                return [];
        }
    }

    /// <summary>
    /// A mapping whose keys are the editor's own (<c>translations: {uk: slug}</c>): each key with its text value, both
    /// with where they are written.
    /// </summary>
    public IReadOnlyList<(LocatedText Key, LocatedText Value)> TextMap(string key)
    {
        switch (Value(key, required: false, "a mapping"))
        {
            case null:
                return [];
            case FrontMatterMap map:
                var entries = new List<(LocatedText, LocatedText)>(map.Entries.Count);
                foreach (var entry in map.Entries)
                {
                    if (entry.Value is FrontMatterScalar { IsNull: false } text && text.Value.Trim().Length > 0)
                    {
                        entries.Add((new LocatedText(entry.Key.Value.Trim(), entry.Key.Location), new LocatedText(text.Value.Trim(), text.Location)));
                    }
                    else
                    {
                        _diagnostics.Error(entry.Value.Location, $"each value of '{key}' in {_context} must be text, but '{entry.Key.Value}' is {entry.Value.Describe()}",
                            $"write '{key}' as 'key: text' pairs, one per line.");
                    }
                }

                return entries;
            case var other:
                WrongType(key, other, "a mapping of 'key: text' pairs");
                return [];
        }
    }

    /// <summary>A nested mapping such as <c>photo</c>, read with its own keys.</summary>
    public FrontMatterReader? Nested(string key, IReadOnlyList<string> knownKeys)
    {
        switch (Value(key, required: false, "a mapping"))
        {
            case null:
                return null;
            case FrontMatterMap map:
                return new FrontMatterReader(map, _diagnostics, knownKeys, $"'{key}'");
            case var other:
                WrongType(key, other, $"a mapping with the keys {Quote(knownKeys)}");
                return null;
        }
    }

    /// <summary>A list of mappings such as <c>notes</c>, each read with its own keys.</summary>
    public IReadOnlyList<FrontMatterReader> NestedList(string key, IReadOnlyList<string> knownKeys)
    {
        switch (Value(key, required: false, "a list"))
        {
            case null:
                return [];
            case FrontMatterList list:
                var readers = new List<FrontMatterReader>(list.Items.Count);
                foreach (var item in list.Items)
                {
                    if (item is FrontMatterMap map)
                    {
                        readers.Add(new FrontMatterReader(map, _diagnostics, knownKeys, $"an item of '{key}'"));
                    }
                    else
                    {
                        _diagnostics.Error(item.Location, $"each item of '{key}' must be a mapping with the keys {Quote(knownKeys)}, but this one is {item.Describe()}",
                            $"write each item as '- {knownKeys[0]}: ...' with its other keys indented below it.");
                    }
                }

                return readers;
            case var other:
                WrongType(key, other, $"a list of mappings with the keys {Quote(knownKeys)}");
                return [];
        }
    }

    private FrontMatterEntry? Find(string key) => _entries.GetValueOrDefault(key);

    private FrontMatterNode? Value(string key, bool required, string expected)
    {
        var entry = Find(key);
        if (entry is null || entry.Value is FrontMatterScalar { IsNull: true })
        {
            if (required && entry is not null)
            {
                EmptyValue(key, entry.Key.Location, expected);
            }
            else if (required)
            {
                MissingValue(key, _map.Location, expected);
            }

            return null;
        }

        return entry.Value;
    }

    /// <summary>
    /// YAML escapes can write characters no web page or feed may contain (NUL, other C0 controls, U+FFFE): refuse them
    /// at their line instead of writing a broken page. Tabs and line breaks are text.
    /// </summary>
    private bool IsPrintable(string key, string text, SourceLocation location)
    {
        foreach (var character in text)
        {
            if ((char.IsControl(character) && character is not ('\t' or '\n' or '\r')) || character is '\uFFFE' or '\uFFFF')
            {
                _diagnostics.Error(location, $"'{key}' contains the control character U+{(int)character:X4}, which a web page cannot show",
                    $"remove it from '{key}' (it usually comes from a \"\\u…\" or \"\\x…\" escape or text pasted from another program).");
                return false;
            }
        }

        return true;
    }

    private void MissingValue(string key, SourceLocation location, string expected) =>
        _diagnostics.Error(location, $"{_context} is missing the required key '{key}'",
            $"add '{key}:' with {expected}.");

    /// <summary>
    /// <c>places: Debaltseve, Donetsk, Luhansk</c> is one place to YAML; the editor almost certainly meant three. A quoted
    /// value ("Washington, D.C.") says the commas belong to it.
    /// </summary>
    private void WarnOfCommas(string key, FrontMatterScalar item)
    {
        var value = item.Value.Trim();
        if (!item.IsPlain || !value.Contains(','))
        {
            return;
        }

        var parts = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        _diagnostics.Warning(item.Location, $"'{key}' holds one item, '{Shorten(value)}', with commas in it",
            $"to give {parts.Length} items, write a list: '{key}: [{Shorten(string.Join(", ", parts))}]' or one '- item' per line; if the commas belong to one item, put it in quotes.");
    }

    /// <summary>The key is written, so saying it is missing would send the editor looking for something that is there.</summary>
    private void EmptyValue(string key, SourceLocation location, string expected) =>
        _diagnostics.Error(location, $"the required key '{key}' in {_context} is empty",
            $"write {expected} after '{key}:' on the same line.");

    private void WrongType(string key, FrontMatterNode node, string expected) =>
        _diagnostics.Error(node.Location, $"'{key}' must be {expected}, but is {Shorten(node.Describe())}",
            $"change the value of '{key}' to {expected}.");

    /// <summary>Values and keys are echoed in messages; a runaway one is cut so the message stays readable.</summary>
    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "…";

    private void ReportUnknownKeys()
    {
        foreach (var entry in _map.Entries)
        {
            if (_knownKeys.Contains(entry.Key.Value))
            {
                continue;
            }

            // Suggest only keys not written already: with 'quote' present, 'note' is not a misspelt 'quote'.
            var unused = _knownKeys.Where(known => !_entries.ContainsKey(known));
            var suggestion = KeySuggestion.Closest(entry.Key.Value, unused);
            var hint = suggestion is null
                ? $"the keys allowed in {_context} are {Quote(_knownKeys)}."
                : $"did you mean '{suggestion}'? The keys allowed in {_context} are {Quote(_knownKeys)}.";
            _diagnostics.Error(entry.Key.Location, $"unknown key '{Shorten(entry.Key.Value)}' in {_context}", hint);
        }
    }

    private static string Quote(IEnumerable<string> keys) => string.Join(", ", keys.Select(k => $"'{k}'"));
}
