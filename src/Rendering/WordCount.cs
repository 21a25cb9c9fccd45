using System.Text;

namespace Generator.Rendering;

/// <summary>The words of a section, for its reading time.</summary>
public static class WordCount
{
    /// <summary>1 for an ASCII letter or digit, else 0: counted without a branch on each character, whose outcome changes at every word edge.</summary>
    private static readonly byte[] AsciiWordCharacter = [.. Enumerable.Range(0, 128).Select(c => char.IsAsciiLetterOrDigit((char)c) ? (byte)1 : (byte)0)];

    /// <summary>
    /// Words as runs of letters and digits, counted in the file's UTF-8 rather than in a second decoded copy of the
    /// section. A character outside the Basic Multilingual Plane counts as it always did in UTF-16: as two surrogates,
    /// which are neither letters nor digits.
    /// </summary>
    public static int Of(ReadOnlySpan<byte> utf8)
    {
        var table = AsciiWordCharacter;
        var words = 0;
        var inWord = 0;
        var index = 0;
        while (index < utf8.Length)
        {
            int isWordCharacter;
            var value = utf8[index];
            if (value < 0x80)
            {
                isWordCharacter = table[value];
                index++;
            }
            else
            {
                Rune.DecodeFromUtf8(utf8[index..], out var rune, out var length);
                isWordCharacter = rune.IsBmp && Rune.IsLetterOrDigit(rune) ? 1 : 0;
                index += length;
            }

            words += isWordCharacter & (inWord ^ 1);
            inWord = isWordCharacter;
        }

        return words;
    }
}
