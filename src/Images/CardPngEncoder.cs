using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Runtime.Intrinsics;
using SkiaSharp;

namespace Generator.Images;

/// <summary>
/// Writes a drawn card as an 8-bit RGB PNG with .NET's zlib. SkiaSharp's PNG encoder spent 28 ms of processor time on a
/// card, nine tenths of drawing it: it tries every row filter on every row and compresses with classic zlib at level 6.
/// A card's flat colours and text need one filter, the same on every row, and .NET's zlib (zlib-ng) at a low level
/// takes a fifteenth of the time; docs/performance.md ("Social cards") has the figures that chose the settings.
/// </summary>
public static class CardPngEncoder
{
    /// <summary>
    /// zlib's level, measured on 20 cards: 2.1 ms and 54 KB a card, where level 1 makes 72 KB in 1.8 ms and level 3
    /// 54 KB in 2.8 ms; SkiaSharp's encoder made 50 KB in 28 ms.
    /// </summary>
    private const int CompressionLevel = 2;

    /// <summary>8-bit samples, colour type 2 (RGB without alpha: a card is opaque).</summary>
    private const byte BitDepth = 8;

    private const byte RgbColourType = 2;

    /// <summary>Each byte stored as its difference from the byte above: the rows of a card's flat colours become zeros.</summary>
    private const byte UpFilter = 2;

    /// <summary>The sRGB chunk's rendering intent (perceptual): the pixels are sRGB, as SkiaSharp's encoder declared them.</summary>
    private const byte PerceptualIntent = 0;

    /// <summary>The bytes a row buffer has beyond its pixels, which <see cref="DropAlpha"/> writes over.</summary>
    private const int Spare = 4;

    /// <summary>
    /// Everything besides the pixels that decides the bytes, for the card's cache key: the settings, and the runtime,
    /// whose zlib may compress differently from one version to the next.
    /// </summary>
    public static string Key => $"png rgb8 up-filtered zlib {CompressionLevel}; .NET {Environment.Version}";

    /// <summary>Where each byte of four R, G, B pixels comes from in four R, G, B, A ones (the last four are don't-cares).</summary>
    private static readonly Vector128<byte> RgbOfRgba = Vector128.Create((byte)0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14, 0, 0, 0, 0);

    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <param name="bitmap">Opaque, 8 bits a channel in R, G, B, A order, as <see cref="SocialCard"/> draws it.</param>
    public static byte[] Encode(SKBitmap bitmap)
    {
        if (bitmap.ColorType != SKColorType.Rgba8888 || bitmap.AlphaType != SKAlphaType.Opaque)
        {
            throw new ArgumentException($"Only opaque RGBA bitmaps are written, not {bitmap.ColorType} {bitmap.AlphaType}.", nameof(bitmap));
        }

        var width = bitmap.Width;
        var pixels = bitmap.GetPixelSpan();
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, new ZLibCompressionOptions { CompressionLevel = CompressionLevel }, leaveOpen: true))
        {
            // The row above the first is zeros, as PNG defines it.
            var above = new byte[(width * 3) + Spare];
            var row = new byte[(width * 3) + Spare];
            var filtered = new byte[1 + (width * 3)];
            filtered[0] = UpFilter;
            for (var y = 0; y < bitmap.Height; y++)
            {
                DropAlpha(pixels.Slice(y * bitmap.RowBytes, width * 4), row);
                Subtract(row.AsSpan(0, width * 3), above, filtered.AsSpan(1));
                zlib.Write(filtered);
                (row, above) = (above, row);
            }
        }

        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], bitmap.Height);
        header[8] = BitDepth;
        header[9] = RgbColourType;
        header[10..].Clear(); // deflate compression, adaptive filtering, no interlace: the only values PNG defines

        var data = compressed.GetBuffer().AsSpan(0, (int)compressed.Length);
        var png = new byte[Signature.Length + (12 + header.Length) + (12 + 1) + (12 + data.Length) + 12];
        Signature.CopyTo(png);
        var at = Signature.Length;
        at = WriteChunk(png, at, "IHDR"u8, header);
        at = WriteChunk(png, at, "sRGB"u8, [PerceptualIntent]);
        at = WriteChunk(png, at, "IDAT"u8, data);
        WriteChunk(png, at, "IEND"u8, []);
        return png;
    }

    /// <summary>R, G, B, A pixels to R, G, B; <paramref name="rgb"/> has <see cref="Spare"/> bytes to spare at the end.</summary>
    private static void DropAlpha(ReadOnlySpan<byte> rgba, Span<byte> rgb)
    {
        var pixels = rgba.Length / 4;
        if (rgb.Length < (pixels * 3) + Spare)
        {
            throw new ArgumentException("The row is too short for the pixels and the spare bytes.", nameof(rgb));
        }

        // Four pixels at a time, each 16 bytes in and 12 out: the 4 bytes written past them are overwritten by the next four.
        var pixel = 0;
        for (; pixel + 4 <= pixels; pixel += 4)
        {
            Vector128.Shuffle(Vector128.Create(rgba.Slice(pixel * 4, 16)), RgbOfRgba).CopyTo(rgb[(pixel * 3)..]);
        }

        for (; pixel < pixels; pixel++)
        {
            rgba.Slice(pixel * 4, 3).CopyTo(rgb[(pixel * 3)..]);
        }
    }

    /// <summary>Each byte of <paramref name="row"/> less the one above it, modulo 256.</summary>
    private static void Subtract(ReadOnlySpan<byte> row, ReadOnlySpan<byte> above, Span<byte> difference)
    {
        var at = 0;
        for (; at + 16 <= row.Length; at += 16)
        {
            (Vector128.Create(row.Slice(at, 16)) - Vector128.Create(above.Slice(at, 16))).CopyTo(difference[at..]);
        }

        for (; at < row.Length; at++)
        {
            difference[at] = (byte)(row[at] - above[at]);
        }
    }

    /// <returns>Where the next chunk starts.</returns>
    private static int WriteChunk(byte[] png, int at, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(at), data.Length);
        type.CopyTo(png.AsSpan(at + 4));
        data.CopyTo(png.AsSpan(at + 8));
        var crc = new Crc32();
        crc.Append(png.AsSpan(at + 4, 4 + data.Length));
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(at + 8 + data.Length), crc.GetCurrentHashAsUInt32());
        return at + 12 + data.Length;
    }
}
