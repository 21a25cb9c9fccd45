using SkiaSharp;

namespace Generator.Images;

/// <summary>
/// Draws a 1200 x 630 social card, the picture a shared link shows when its article has no photo: the headline large,
/// the site's name above it and the date below, in the theme's colours and fonts (<see cref="CardStyle"/>). A headline
/// too long for the card is wrapped, then cut with an ellipsis; any script the theme's fonts cover is drawn.
/// </summary>
public static class SocialCard
{
    public const int Width = 1200;
    public const int Height = 630;

    /// <summary>Changes whenever the drawing below does, so cached cards are drawn again.</summary>
    public const string LayoutVersion = "card 2";

    private const float Margin = 80;
    private const float TextWidth = Width - (2 * Margin);
    private const int MaximumLines = 4;
    private const string Ellipsis = "…";

    /// <summary>Headline sizes tried in turn: the first at which the headline fits in <see cref="MaximumLines"/> lines wins.</summary>
    private static readonly float[] HeadlineSizes = [72, 64, 56, 50];

    /// <returns>The card as PNG: flat colours and text compress far better than in JPEG, and every network accepts it.</returns>
    public static byte[] Draw(CardStyle style, string headline, string siteName, string? dateLine)
    {
        var headlineFace = style.HeadlineFont.Typeface;
        var textFace = style.TextFont.Typeface;
        using var bitmap = new SKBitmap(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque, SKColorSpace.CreateSrgb()));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(style.Background);

        using var accent = new SKPaint { Color = style.Accent, IsAntialias = true };
        canvas.DrawRect(new SKRect(0, 0, 16, Height), accent);

        using var textPaint = new SKPaint { Color = style.Text, IsAntialias = true };
        using var small = Font(textFace, 34);
        canvas.DrawText(Fit(siteName, small, TextWidth), Margin, 112, SKTextAlign.Left, small, textPaint);

        using var headlinePaint = new SKPaint { Color = style.Headline, IsAntialias = true };
        var (lines, font) = LayOut(headline, headlineFace);
        using (font)
        {
            var lineHeight = font.Size * 1.18f;
            var top = 180 + font.Size;
            for (var index = 0; index < lines.Count; index++)
            {
                canvas.DrawText(lines[index], Margin, top + (index * lineHeight), SKTextAlign.Left, font, headlinePaint);
            }
        }

        canvas.DrawRect(new SKRect(Margin, 524, Margin + 96, 530), accent);
        if (dateLine is not null)
        {
            canvas.DrawText(Fit(dateLine, small, TextWidth), Margin, 578, SKTextAlign.Left, small, textPaint);
        }

        canvas.Flush();
        return CardPngEncoder.Encode(bitmap);
    }

    /// <summary>The headline in lines at the largest size that fits; at the smallest size, the last line ends with an ellipsis.</summary>
    internal static (IReadOnlyList<string> Lines, SKFont Font) LayOut(string headline, SKTypeface face)
    {
        foreach (var size in HeadlineSizes)
        {
            var font = Font(face, size);
            var lines = Wrap(headline, font, TextWidth);
            if (lines.Count <= MaximumLines || size == HeadlineSizes[^1])
            {
                if (lines.Count > MaximumLines)
                {
                    lines = [.. lines.Take(MaximumLines - 1), Fit(string.Join(' ', lines.Skip(MaximumLines - 1)), font, TextWidth, forceEllipsis: true)];
                }

                return (lines, font);
            }

            font.Dispose();
        }

        throw new InvalidOperationException("unreachable: the last size always returns");
    }

    /// <summary>Greedy wrapping at spaces; a word wider than a line is cut where it overflows.</summary>
    internal static List<string> Wrap(string text, SKFont font, float width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (font.MeasureText(candidate) <= width)
            {
                line = candidate;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }

            line = word;
            while (font.MeasureText(line) > width)
            {
                var fits = Math.Max(1, (int)font.BreakText(line, width));
                lines.Add(line[..fits]);
                line = line[fits..];
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>The text, cut with an ellipsis where it stops fitting (or always, with <paramref name="forceEllipsis"/>).</summary>
    internal static string Fit(string text, SKFont font, float width, bool forceEllipsis = false)
    {
        if (!forceEllipsis && font.MeasureText(text) <= width)
        {
            return text;
        }

        var cut = text.TrimEnd();
        while (cut.Length > 0 && font.MeasureText(cut + Ellipsis) > width)
        {
            cut = cut[..^1].TrimEnd();
        }

        return cut + Ellipsis;
    }

    private static SKFont Font(SKTypeface face, float size) =>
        new(face, size) { Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None, Subpixel = false };
}
