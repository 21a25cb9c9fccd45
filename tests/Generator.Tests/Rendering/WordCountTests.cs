using System.Text;
using CsCheck;
using Generator.Rendering;
using Generator.Tests.Properties;

namespace Generator.Tests.Rendering;

/// <summary>Words are counted in the file's UTF-8; the count must be the one the decoded text gives, character by character.</summary>
[Trait("Category", "Unit")]
public sealed class WordCountTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("The Normandy format's talks — in Minsk, 2015.", 8)]
    [InlineData("Überblick über Kyjiw", 3)]
    [InlineData("a\U0001D400b", 2)] // a mathematical letter outside the BMP separates, as its surrogates always did
    public void Counts_runs_of_letters_and_digits(string text, int words) =>
        Assert.Equal(words, WordCount.Of(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void Agrees_with_counting_the_decoded_text()
    {
        var characters = Gen.OneOf(Gen.Char['a', 'z'], Gen.Char[' ', '/'], Gen.Char['\u00C0', '\u024F'], Gen.Char['\u2000', '\u206F'],
            Gen.Char['\u0400', '\u04FF'], Gen.Char['\u4E00', '\u4E10'], Gen.OneOf('\n', '9', '_', '\u00A0'));
        var texts = Gen.OneOf(characters.Select(c => c.ToString()), Gen.OneOf("\U0001D400", "\U0001F600", "\U00020000"))
            .Array[0, 40].Select(parts => string.Concat(parts));

        texts.Sample(text => Assert.Equal(CountInUtf16(text), WordCount.Of(Encoding.UTF8.GetBytes(text))),
            seed: PropertySeed.ForThisRun, iter: 5_000);
    }

    private static int CountInUtf16(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var character in text)
        {
            var isWordCharacter = char.IsLetterOrDigit(character);
            words += isWordCharacter && !inWord ? 1 : 0;
            inWord = isWordCharacter;
        }

        return words;
    }
}
