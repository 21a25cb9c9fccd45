using System.Text;

namespace Generator.Rendering;

/// <summary>The words of a section, for its reading time.</summary>
public static class WordCount
{
    /// <summary>
    /// Words as runs of letters and digits, counted in the file's UTF-8 rather than in a second decoded copy of the
    /// section. A character outside the Basic Multilingual Plane counts as it always did in UTF-16: as two surrogates,
    /// which are neither letters nor digits.
    /// </summary>
    public static int Of(ReadOnlySpan<byte> utf8)
    {
        var words = 0;
        var inWord = false;
        while (!utf8.IsEmpty)
        {
            bool isWordCharacter;
            if (utf8[0] < 0x80)
            {
                isWordCharacter = char.IsAsciiLetterOrDigit((char)utf8[0]);
                utf8 = utf8[1..];
            }
            else
            {
                Rune.DecodeFromUtf8(utf8, out var rune, out var length);
                isWordCharacter = rune.IsBmp && Rune.IsLetterOrDigit(rune);
                utf8 = utf8[length..];
            }

            if (isWordCharacter && !inWord)
            {
                words++;
            }

            inWord = isWordCharacter;
        }

        return words;
    }
}
