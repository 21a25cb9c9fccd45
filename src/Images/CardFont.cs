using System.Collections.Concurrent;
using System.IO.Hashing;
using SkiaSharp;

namespace Generator.Images;

/// <summary>
/// A font the cards are drawn with, loaded once per process for the same bytes: every card of a build, and every build
/// of a long preview session or of the test suite, shares its typeface instead of copying half a megabyte of font
/// into SkiaSharp and parsing it again for each card. A typeface is immutable, so the cores draw with it at once.
/// </summary>
public sealed class CardFont
{
    /// <summary>Fonts kept; past this (a theme's fonts edited many times in one session) the cache starts again.</summary>
    private const int Most = 16;

    private static readonly ConcurrentDictionary<string, CardFont> Loaded = new(StringComparer.Ordinal);

    private CardFont(string hash, SKTypeface typeface)
    {
        Hash = hash;
        Typeface = typeface;
    }

    /// <summary>The font file's content hash, for the cards' cache key.</summary>
    public string Hash { get; }

    public SKTypeface Typeface { get; }

    /// <returns>The font, or null when SkiaSharp cannot read the bytes as one.</returns>
    public static CardFont? Load(byte[] bytes)
    {
        var hash = Convert.ToHexStringLower(XxHash128.Hash(bytes));
        if (Loaded.TryGetValue(hash, out var font))
        {
            return font;
        }

        using var data = SKData.CreateCopy(bytes);
        if (SKTypeface.FromData(data) is not { } typeface)
        {
            return null;
        }

        if (Loaded.Count >= Most)
        {
            // Not disposed: a card may still be drawing with one; the garbage collector releases them.
            Loaded.Clear();
        }

        // Two threads that loaded the same font at once keep the first: every card is then drawn with one typeface.
        var kept = Loaded.GetOrAdd(hash, new CardFont(hash, typeface));
        if (!ReferenceEquals(kept.Typeface, typeface))
        {
            typeface.Dispose();
        }

        return kept;
    }
}
