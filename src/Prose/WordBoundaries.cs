using System.Globalization;

namespace Generator.Prose;

/// <summary>
/// Word boundaries as Unicode defines them (UAX #29, the rules that matter for prose): letters of any script and
/// digits hold together, as do letters joined by an apostrophe or a period ("don't", "U.N"), digits joined by a comma
/// or period ("3,500"), and anything joined by an underscore; combining marks belong to the letter before them.
/// Ideographs (Chinese, Japanese kanji and kana) are words of their own, so a term written in them matches inside a
/// run of them, as readers of those languages expect.
/// </summary>
public static class WordBoundaries
{
    private enum WordClass
    {
        Other,
        Letter,
        Numeric,
        Katakana,
        MidLetter,
        MidNum,
        MidNumLetter,
        ExtendNumLetter,
        Extend,
        Newline,
    }

    /// <summary>Whether a word may end before <c>text[index]</c> and begin at it.</summary>
    public static bool IsBoundary(string text, int index)
    {
        if (index <= 0 || index >= text.Length)
        {
            return true;
        }

        var after = Classify(text[index]);
        var beforeIndex = SkipExtendBackward(text, index - 1);
        if (after is WordClass.Extend)
        {
            // WB4: marks and format characters attach to what precedes them (unless that is a line break).
            return beforeIndex < 0 || Classify(text[beforeIndex]) is WordClass.Newline;
        }

        if (beforeIndex < 0)
        {
            return true;
        }

        var before = Classify(text[beforeIndex]);
        var afterNext = ClassAt(text, SkipExtendForward(text, index + 1));
        var beforePrevious = ClassAt(text, SkipExtendBackward(text, beforeIndex - 1));

        return (before, after) switch
        {
            (WordClass.Letter, WordClass.Letter) => false,
            (WordClass.Letter, WordClass.MidLetter or WordClass.MidNumLetter) when afterNext is WordClass.Letter => false,
            (WordClass.MidLetter or WordClass.MidNumLetter, WordClass.Letter) when beforePrevious is WordClass.Letter => false,
            (WordClass.Numeric or WordClass.Letter, WordClass.Numeric or WordClass.Letter) => false,
            (WordClass.Numeric, WordClass.MidNum or WordClass.MidNumLetter) when afterNext is WordClass.Numeric => false,
            (WordClass.MidNum or WordClass.MidNumLetter, WordClass.Numeric) when beforePrevious is WordClass.Numeric => false,
            (WordClass.Katakana, WordClass.Katakana) => false,
            (WordClass.Letter or WordClass.Numeric or WordClass.Katakana or WordClass.ExtendNumLetter, WordClass.ExtendNumLetter) => false,
            (WordClass.ExtendNumLetter, WordClass.Letter or WordClass.Numeric or WordClass.Katakana) => false,
            _ => true,
        };
    }

    private static int SkipExtendBackward(string text, int index)
    {
        while (index >= 0 && Classify(text[index]) is WordClass.Extend)
        {
            index--;
        }

        return index;
    }

    private static int SkipExtendForward(string text, int index)
    {
        while (index < text.Length && Classify(text[index]) is WordClass.Extend)
        {
            index++;
        }

        return index;
    }

    private static WordClass ClassAt(string text, int index) =>
        index >= 0 && index < text.Length ? Classify(text[index]) : WordClass.Other;

    private static WordClass Classify(char character)
    {
        switch (character)
        {
            case '\n' or '\r' or '\u2028' or '\u2029':
                return WordClass.Newline;
            case '\'' or '.' or '\u2018' or '\u2019' or '\u2024' or '\uFE52' or '\uFF07' or '\uFF0E':
                return WordClass.MidNumLetter;
            case ':' or '\u00B7' or '\u0387' or '\u05F4' or '\u2027' or '\uFE13' or '\uFE55' or '\uFF1A':
                return WordClass.MidLetter;
            case ',' or ';' or '\u037E' or '\u0589' or '\u060C' or '\u060D' or '\u066C' or '\u07F8' or '\u2044' or '\uFE10' or '\uFE14' or '\uFE50' or '\uFE54' or '\uFF0C' or '\uFF1B':
                return WordClass.MidNum;
        }

        if (character is >= '\u30A0' and <= '\u30FF' or >= '\u31F0' and <= '\u31FF' or >= '\uFF66' and <= '\uFF9F')
        {
            return WordClass.Katakana;
        }

        return char.GetUnicodeCategory(character) switch
        {
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format => WordClass.Extend,
            UnicodeCategory.DecimalDigitNumber => WordClass.Numeric,
            UnicodeCategory.ConnectorPunctuation => WordClass.ExtendNumLetter,
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.LetterNumber => WordClass.Letter,
            // Ideographs and kana other than katakana are "other" in UAX #29: each is a word boundary on both sides.
            UnicodeCategory.OtherLetter when !IsIdeographic(character) => WordClass.Letter,
            _ => WordClass.Other,
        };
    }

    private static bool IsIdeographic(char character) =>
        character is >= '\u3040' and <= '\u309F' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
}
