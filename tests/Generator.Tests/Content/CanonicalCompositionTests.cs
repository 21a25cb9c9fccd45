using System.Text;
using CsCheck;
using Generator.Content;
using Generator.Content.Unicode;
using Generator.Tests.Properties;

namespace Generator.Tests.Content;

/// <summary>
/// The generator runs without ICU and composes names itself. The test host runs with ICU, whose Normalization Form C
/// is the oracle: both must agree on every string.
/// </summary>
[Trait("Category", "Unit")]
public sealed class CanonicalCompositionTests
{
    [Theory]
    [InlineData("U\u0308berblick", "\u00DCberblick")] // a decomposed name, as macOS may save it
    [InlineData("E\u0301lyse\u0301e", "\u00C9lys\u00E9e")]
    [InlineData("\u212B", "\u00C5")] // the Ångström sign is a singleton: it becomes Å
    [InlineData("a\u0323\u0302", "\u1EAD")] // dot below, then circumflex: ậ
    [InlineData("a\u0302\u0323", "\u1EAD")] // the same marks in the other order are reordered first
    [InlineData("a\u0301\u0301", "\u00E1\u0301")] // the second acute is blocked by the first
    [InlineData("\u1112\u1161\u11AB", "\uD55C")] // Hangul jamo compose by arithmetic: 한
    [InlineData("\uD55C", "\uD55C")]
    [InlineData("\u0915\u093C", "\u0915\u093C")] // क़ is excluded from composition: it stays two characters
    [InlineData("\u0958", "\u0915\u093C")]
    [InlineData("\u0344", "\u0308\u0301")] // a non-starter decomposition never composes back
    [InlineData("\uD834\uDD5E", "\uD834\uDD57\uD834\uDD65")] // 𝅗𝅥 (a musical symbol outside the BMP) is excluded too
    [InlineData("lone \uD800 surrogate", "lone \uD800 surrogate")]
    public void Composes_as_Unicode_defines_Form_C(string written, string composed)
    {
        Assert.Equal(composed, CanonicalComposition.ToFormC(written));
        Assert.Equal(composed, written.Normalize(NormalizationForm.FormC));
    }

    [Fact]
    public void Ascii_is_returned_as_it_is()
    {
        const string ascii = "minsk-agreements";

        Assert.Same(ascii, CanonicalComposition.ToFormC(ascii));
    }

    [Fact]
    public void A_decomposed_name_gives_the_same_slug_as_a_composed_one()
    {
        Assert.Equal("überblick-élysée", Slug.From("U\u0308berblick E\u0301lyse\u0301e"));
        Assert.Equal(Slug.From("Überblick Élysée"), Slug.From("U\u0308berblick E\u0301lyse\u0301e"));
    }

    [Fact]
    public void Agrees_with_ICU_on_generated_text()
    {
        Assert.True("e\u0301".Normalize(NormalizationForm.FormC) == "\u00E9", "the test host must run with ICU: it is the oracle");

        // Letters of scripts with composition, combining marks of several classes (reordering and blocking), Hangul
        // jamo and syllables, singletons and excluded pairs.
        var alphabet = Gen.OneOf(
            Gen.Char['a', 'z'], Gen.Char['A', 'Z'], Gen.Char['\u00C0', '\u024F'], Gen.Char['\u0300', '\u036F'],
            Gen.OneOf('\u0323', '\u0327', '\u0328', '\u031B', '\u0345', '\u05B0', '\u093C', '\u0CD5', '\u3099'),
            Gen.Char['\u0386', '\u03CE'], Gen.Char['\u1F00', '\u1FFC'], Gen.Char['\u0400', '\u045F'], Gen.Char['\u1E00', '\u1EFF'],
            Gen.Char['\u1100', '\u1112'], Gen.Char['\u1161', '\u1175'], Gen.Char['\u11A8', '\u11C2'], Gen.Char['\uAC00', '\uD7A3'],
            Gen.Char['\u0915', '\u095F'], Gen.Char['\u0C95', '\u0CCB'], Gen.Char['\u304B', '\u30F4'],
            Gen.OneOf('\u212B', '\u2126', '\u212A', '\u0344', '\u0F73', '\uFB1D', '\uF900', ' ', '-'));
        var texts = alphabet.Array[0, 12].Select(characters => new string(characters));

        texts.Sample(text => Assert.Equal(text.Normalize(NormalizationForm.FormC), CanonicalComposition.ToFormC(text)),
            seed: PropertySeed.ForThisRun, iter: 20_000, print: text => string.Join(" ", text.Select(c => $"U+{(int)c:X4}")));
    }
}
