using Generator.Content;
using Generator.Content.FrontMatter;
using Generator.Diagnostics;
using Generator.Rendering;
using SkiaSharp;

namespace Generator.Images;

/// <summary>
/// How the theme wants its social cards drawn (<c>theme/card.yml</c>): four colours and two fonts, the fonts' files
/// kept in the theme beside their licence. A theme without the file gets no drawn cards: articles without a photo then
/// have no preview image, and the build says so once.
/// </summary>
public sealed record CardStyle(SKColor Background, SKColor Headline, SKColor Text, SKColor Accent, CardFont HeadlineFont, CardFont TextFont)
{
    public const string FileName = "card.yml";

    private const string FontsFolder = "fonts/";

    private static readonly IReadOnlyList<string> Keys = ["background", "headline", "text", "accent", "headline_font", "text_font"];

    /// <summary>Everything that decides a card's pixels, for its cache key.</summary>
    public string Key { get; } = Incremental.Fingerprint.Of(
        Background.ToString(), Headline.ToString(), Text.ToString(), Accent.ToString(), HeadlineFont.Hash, TextFont.Hash);

    /// <summary>Whether a theme file (by its path inside the theme) is one the cards are drawn with.</summary>
    public static bool IsCardFile(string name) => name == FileName || name.StartsWith(FontsFolder, StringComparison.Ordinal);

    /// <returns>The style, or null: when the theme has no card.yml (with a warning) or it has errors (reported at their line).</returns>
    public static CardStyle? Read(Theme theme, DiagnosticBag diagnostics)
    {
        if (!theme.CardFiles.TryGetValue(FileName, out var themeFile))
        {
            diagnostics.Warning(SourceLocation.WholeFile("theme/" + FileName), "the theme has no card.yml, so articles without a photo get no social preview image",
                "add card.yml to the theme with the colours and fonts of the cards (see docs/content-format.md, \"Social previews\").");
            return null;
        }

        if (SourceFileReader.Decode(themeFile.Bytes, themeFile.DisplayPath, themeFile.DisplayPath, diagnostics) is not { } file ||
            FrontMatterParser.Parse(file.Text, file.DisplayPath, firstLine: 1, diagnostics) is not { } map)
        {
            return null;
        }

        var reader = new FrontMatterReader(map, diagnostics, Keys, FileName);
        var background = Colour(reader, "background", diagnostics);
        var headline = Colour(reader, "headline", diagnostics);
        var text = Colour(reader, "text", diagnostics);
        var accent = Colour(reader, "accent", diagnostics);
        var headlineFont = Font(reader, "headline_font", theme, diagnostics);
        var textFont = Font(reader, "text_font", theme, diagnostics);
        return background is null || headline is null || text is null || accent is null || headlineFont is null || textFont is null
            ? null
            : new CardStyle(background.Value, headline.Value, text.Value, accent.Value, headlineFont, textFont);
    }

    private static SKColor? Colour(FrontMatterReader reader, string key, DiagnosticBag diagnostics)
    {
        var value = reader.Text(key, required: true);
        if (value is null)
        {
            return null;
        }

        if (value.StartsWith('#') && value.Length == 7 && SKColor.TryParse(value, out var colour))
        {
            return colour;
        }

        diagnostics.Error(reader.LocationOf(key), $"'{key}' must be a colour written #rrggbb, but is '{value}'",
            "write the colour as six hexadecimal digits after '#', e.g. #1d2a44.");
        return null;
    }

    private static CardFont? Font(FrontMatterReader reader, string key, Theme theme, DiagnosticBag diagnostics)
    {
        var value = reader.Text(key, required: true);
        if (value is null)
        {
            return null;
        }

        if (!value.StartsWith(FontsFolder, StringComparison.Ordinal) || !theme.CardFiles.TryGetValue(value, out var fontFile))
        {
            diagnostics.Error(reader.LocationOf(key), $"'{key}' names '{value}', which is not a file in the theme's fonts/ folder",
                "give the path of a TrueType or OpenType font file inside the theme, e.g. fonts/NotoSans-Bold.ttf.");
            return null;
        }

        var font = CardFont.Load(fontFile.Bytes);
        if (font is null)
        {
            diagnostics.Error(reader.LocationOf(key), $"'{value}' is not a font SkiaSharp can read",
                "use a TrueType (.ttf) or OpenType (.otf) file; web fonts (.woff, .woff2) must be converted first.");
            return null;
        }

        return font;
    }
}
