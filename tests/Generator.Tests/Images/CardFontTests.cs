using Generator.Images;
using Generator.Tests.Support;

namespace Generator.Tests.Images;

[Trait("Category", "Unit")]
public sealed class CardFontTests
{
    private static byte[] ThemeFont(string file) => File.ReadAllBytes(Path.Combine(RepositoryPaths.Theme, "fonts", file));

    [Fact]
    public void A_font_is_loaded_once_per_process_however_many_times_its_bytes_are_read()
    {
        var first = CardFont.Load(ThemeFont("NotoSans-Bold.ttf"));
        var second = CardFont.Load(ThemeFont("NotoSans-Bold.ttf"));

        Assert.NotNull(first);
        Assert.Same(first, second);
        Assert.Same(first.Typeface, second!.Typeface);
    }

    [Fact]
    public void Different_fonts_are_different_typefaces_with_different_hashes()
    {
        var bold = CardFont.Load(ThemeFont("NotoSans-Bold.ttf"))!;
        var regular = CardFont.Load(ThemeFont("NotoSans-Regular.ttf"))!;

        Assert.NotSame(bold.Typeface, regular.Typeface);
        Assert.NotEqual(bold.Hash, regular.Hash);
    }

    [Fact]
    public void Bytes_that_are_not_a_font_load_as_nothing()
    {
        Assert.Null(CardFont.Load("not a font, just text"u8.ToArray()));
    }
}
