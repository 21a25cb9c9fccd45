using System.Globalization;
using System.Text;
using Generator.Content.Unicode;

namespace Generator.Search;

/// <summary>
/// How text becomes the words of the search index, the same way the search script reads a query: a word is a run of
/// letters and digits (so "Russia's" is "russia" and "s", and "cease-fire" is two words), folded to lower case with
/// its diacritics removed — canonical decomposition, then the combining marks dropped, so "Zelenskyy", "Zélensky" and
/// "ZELENSKYY" meet, and Cyrillic "ё" finds "е". The script does the same with <c>normalize("NFD")</c>, a
/// <c>\p{M}</c> replace and <c>toLowerCase()</c>.
/// </summary>
public static class SearchText
{
    /// <summary>Words shorter than this are not indexed: a lone letter is the tail of a possessive or an initial.</summary>
    public const int ShortestWord = 2;

    /// <summary>Longer runs are not words a reader types (hashes, joined-up addresses).</summary>
    public const int LongestWord = 40;

    /// <summary>
    /// Enough room for any word the index keeps, as <see cref="WordsIn"/> normalizes it: a word is given up once it is
    /// longer than <see cref="LongestWord"/>, and one letter adds at most eight UTF-16 units before that is checked (it
    /// decomposes into at most four, each at most two units).
    /// </summary>
    public const int WordBuffer = LongestWord + 8;

    /// <summary>Each word of the text, normalized, with where it starts and how long it is in the text.</summary>
    public static IReadOnlyList<(int Start, int Length, string Word)> Words(string text)
    {
        var words = new List<(int, int, string)>();
        foreach (var word in WordsIn(text, stackalloc char[WordBuffer]))
        {
            words.Add((word.Start, word.Length, word.Normalized.ToString()));
        }

        return words;
    }

    /// <summary>
    /// Each word of the text, normalized into <paramref name="buffer"/> (at least <see cref="WordBuffer"/> long), which
    /// every word reuses: a reader of a whole archive makes a string only for a word it has not seen.
    /// </summary>
    public static WordReader WordsIn(ReadOnlySpan<char> text, Span<char> buffer) => new(text, buffer);

    /// <summary>A word of a text: where it starts and how long it is in the text, and the word as the index keeps it.</summary>
    public readonly ref struct Word(int start, int length, ReadOnlySpan<char> normalized)
    {
        public int Start { get; } = start;

        public int Length { get; } = length;

        public ReadOnlySpan<char> Normalized { get; } = normalized;
    }

    /// <summary>The words of a text one at a time (see <see cref="WordsIn"/>).</summary>
    public ref struct WordReader(ReadOnlySpan<char> text, Span<char> buffer)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private readonly Span<char> _buffer = buffer;
        private int _index;

        public Word Current { get; private set; }

        public readonly WordReader GetEnumerator() => this;

        public bool MoveNext()
        {
            while (_index < _text.Length)
            {
                while (_index < _text.Length && !IsWordCharacter(_text, _index))
                {
                    _index++;
                }

                var start = _index;
                while (_index < _text.Length && IsWordCharacter(_text, _index))
                {
                    _index++;
                }

                if (_index > start && NormalizeInto(_text[start.._index], _buffer, LongestWord) is var length and >= ShortestWord)
                {
                    Current = new Word(start, _index - start, _buffer[..length]);
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>A word as the index keeps it: lower case, without diacritics.</summary>
    public static string Normalize(ReadOnlySpan<char> word)
    {
        // A letter decomposes into at most four, each at most two UTF-16 units.
        var folded = new char[(word.Length * 8) + 2];
        return new string(folded, 0, NormalizeInto(word, folded, int.MaxValue));
    }

    /// <returns>How long the normalized word is, or -1 once it is longer than <paramref name="longest"/>.</returns>
    private static int NormalizeInto(ReadOnlySpan<char> word, Span<char> into, int longest)
    {
        var length = 0;
        foreach (var rune in word.EnumerateRunes())
        {
            AppendBase(rune.Value, into, ref length);
            if (length > longest)
            {
                return -1;
            }
        }

        return length;
    }

    private static void AppendBase(int code, Span<char> into, ref int length)
    {
        if (code < 0x80)
        {
            into[length++] = char.ToLowerInvariant((char)code);
            return;
        }

        if (CanonicalTable.Instance.TryDecompose(code, out var parts))
        {
            AppendBase(parts.First, into, ref length);
            if (parts.Second != 0)
            {
                AppendBase(parts.Second, into, ref length);
            }

            return;
        }

        var rune = new Rune(code);
        if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
        {
            return;
        }

        length += Rune.ToLowerInvariant(rune).EncodeToUtf16(into[length..]);
    }

    /// <summary>Letters, digits and the combining marks that belong to a letter (a decomposed "é" is one word).</summary>
    private static bool IsWordCharacter(ReadOnlySpan<char> text, int index)
    {
        var category = char.IsSurrogatePair(text[index], index + 1 < text.Length ? text[index + 1] : '\0')
            ? CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(text[index], text[index + 1]))
            : CharUnicodeInfo.GetUnicodeCategory(text[index]);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }
}
