using System.Text;

namespace Generator.Content.Unicode;

/// <summary>
/// Unicode Normalization Form C (UAX #15) without ICU. The generator runs with invariant globalization, where
/// <see cref="string.Normalize()"/> returns its input unchanged, yet a name saved decomposed (as macOS may write
/// "Überblick": "U" and a combining diaeresis) must give the same slug as the same name typed composed.
/// </summary>
public static class CanonicalComposition
{
    // Hangul syllables decompose and compose by arithmetic (UAX #15, section 3.12).
    private const int SyllableBase = 0xAC00, LeadingBase = 0x1100, VowelBase = 0x1161, TrailingBase = 0x11A7;
    private const int LeadingCount = 19, VowelCount = 21, TrailingCount = 28, SyllableCount = 11172;

    public static string ToFormC(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text;
        }

        var table = CanonicalTable.Instance;
        var codes = new List<int>(text.Length);
        for (var index = 0; index < text.Length; index++)
        {
            var code = char.IsSurrogatePair(text, index) ? char.ConvertToUtf32(text[index], text[++index]) : text[index];
            Decompose(code, table, codes);
        }

        OrderMarks(codes, table);
        Compose(codes, table);

        var composed = new StringBuilder(codes.Count);
        foreach (var code in codes)
        {
            // A lone surrogate is carried through as it came, rather than replaced.
            if (code > char.MaxValue)
            {
                composed.Append(char.ConvertFromUtf32(code));
            }
            else
            {
                composed.Append((char)code);
            }
        }

        return composed.ToString();
    }

    private static void Decompose(int code, CanonicalTable table, List<int> into)
    {
        var syllable = code - SyllableBase;
        if (syllable is >= 0 and < SyllableCount)
        {
            into.Add(LeadingBase + (syllable / (VowelCount * TrailingCount)));
            into.Add(VowelBase + (syllable % (VowelCount * TrailingCount) / TrailingCount));
            if (syllable % TrailingCount is var trailing and > 0)
            {
                into.Add(TrailingBase + trailing);
            }

            return;
        }

        if (!table.TryDecompose(code, out var parts))
        {
            into.Add(code);
            return;
        }

        Decompose(parts.First, table, into);
        if (parts.Second != 0)
        {
            Decompose(parts.Second, table, into);
        }
    }

    /// <summary>The canonical ordering: within each run of combining marks, a stable sort by combining class.</summary>
    private static void OrderMarks(List<int> codes, CanonicalTable table)
    {
        for (var index = 1; index < codes.Count; index++)
        {
            var code = codes[index];
            var combiningClass = table.CombiningClass(code);
            if (combiningClass == 0)
            {
                continue;
            }

            var position = index;
            while (position > 0 && table.CombiningClass(codes[position - 1]) > combiningClass)
            {
                codes[position] = codes[position - 1];
                position--;
            }

            codes[position] = code;
        }
    }

    /// <summary>
    /// Joins each character to the last starter before it when they have a primary composite and nothing between
    /// them blocks it (a character of class 0, or of a class not lower than its own).
    /// </summary>
    private static void Compose(List<int> codes, CanonicalTable table)
    {
        var starter = -1;
        var lastClass = 0;
        var kept = 0;
        for (var index = 0; index < codes.Count; index++)
        {
            var code = codes[index];
            var combiningClass = table.CombiningClass(code);
            if (starter >= 0)
            {
                var adjacent = kept - 1 == starter;
                if ((adjacent || (lastClass != 0 && lastClass < combiningClass)) && TryCompose(codes[starter], code, table, out var composite))
                {
                    codes[starter] = composite;
                    continue;
                }
            }

            if (combiningClass == 0)
            {
                starter = kept;
            }

            lastClass = combiningClass;
            codes[kept++] = code;
        }

        codes.RemoveRange(kept, codes.Count - kept);
    }

    private static bool TryCompose(int first, int second, CanonicalTable table, out int composite)
    {
        var leading = first - LeadingBase;
        var vowel = second - VowelBase;
        if (leading is >= 0 and < LeadingCount && vowel is >= 0 and < VowelCount)
        {
            composite = SyllableBase + (((leading * VowelCount) + vowel) * TrailingCount);
            return true;
        }

        var syllable = first - SyllableBase;
        var trailing = second - TrailingBase;
        if (syllable is >= 0 and < SyllableCount && syllable % TrailingCount == 0 && trailing is > 0 and < TrailingCount)
        {
            composite = first + trailing;
            return true;
        }

        return table.TryCompose(first, second, out composite);
    }
}
