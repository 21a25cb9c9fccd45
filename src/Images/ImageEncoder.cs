using SkiaSharp;

namespace Generator.Images;

/// <summary>
/// Decodes a photo (turned upright as the camera's orientation says), resizes it and encodes each size, with the
/// fixed settings of <see cref="ImageSettings"/>: the same bytes in give the same bytes out, under the JIT and native.
/// </summary>
public static class ImageEncoder
{
    /// <summary>Mipmaps make a large reduction (2400 → 480 pixels) smooth instead of aliased; both filters are exact arithmetic on the CPU.</summary>
    private static readonly SKSamplingOptions Sampling = new(SKFilterMode.Linear, SKMipmapMode.Linear);

    /// <returns>The decoded, upright photo, or null with <paramref name="problem"/> when it cannot be decoded whole.</returns>
    public static SKBitmap? Decode(byte[] bytes, out ImageProblem? problem)
    {
        using var codec = ImageHeader.Open(bytes, out problem);
        if (codec is null || ImageHeader.Check(codec, out problem) is not { } header)
        {
            return null;
        }

        var alpha = codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul;
        var info = new SKImageInfo(header.Width, header.Height, SKColorType.Rgba8888, alpha, SKColorSpace.CreateSrgb());
        var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result != SKCodecResult.Success)
        {
            bitmap.Dispose();
            problem = result == SKCodecResult.IncompleteInput
                ? ImageProblem.Damaged("the file is cut short")
                : ImageProblem.Damaged($"its pixels cannot be decoded ({result})");
            return null;
        }

        if (header.Origin == SKEncodedOrigin.TopLeft)
        {
            return bitmap;
        }

        using (bitmap)
        {
            return Upright(bitmap, header);
        }
    }

    /// <summary>The photo at <paramref name="width"/> pixels wide, its height in proportion (<see cref="HeightAt"/>).</summary>
    public static SKBitmap Resize(SKBitmap photo, int width)
    {
        var height = HeightAt(photo.Width, photo.Height, width);
        var resized = new SKBitmap(new SKImageInfo(width, height, photo.ColorType, photo.AlphaType, photo.ColorSpace));
        using var canvas = new SKCanvas(resized);
        using var image = SKImage.FromBitmap(photo);
        canvas.DrawImage(image, new SKRect(0, 0, width, height), Sampling);
        canvas.Flush();
        return resized;
    }

    /// <summary>The height of a <paramref name="width"/>-pixel-wide copy of a photo, rounded: the same sum gives the page's width and height attributes.</summary>
    public static int HeightAt(int originalWidth, int originalHeight, int width) =>
        Math.Max(1, (int)Math.Round((double)originalHeight * width / originalWidth, MidpointRounding.AwayFromZero));

    public static byte[] Encode(SKBitmap bitmap, ImageFormat format)
    {
        using var pixmap = bitmap.PeekPixels();
        using var data = format switch
        {
            ImageFormat.Jpeg => pixmap.Encode(new SKJpegEncoderOptions(ImageSettings.JpegQuality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore)),
            ImageFormat.Png => pixmap.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, 6)),
            _ => pixmap.Encode(new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossy, ImageSettings.WebpQuality)),
        };
        return data?.ToArray() ?? throw new InvalidOperationException($"SkiaSharp could not encode a {bitmap.Width} x {bitmap.Height} {format} image.");
    }

    /// <summary>Applies the EXIF orientation, so a phone photo taken upright is published upright.</summary>
    private static SKBitmap Upright(SKBitmap source, ImageHeader header)
    {
        var (width, height) = header.Upright;
        float w = source.Width, h = source.Height;
        // x' = scaleX·x + skewX·y + transX; y' = skewY·x + scaleY·y + transY.
        var matrix = header.Origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            _ => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
        };
        var upright = new SKBitmap(new SKImageInfo(width, height, source.ColorType, source.AlphaType, source.ColorSpace));
        using var canvas = new SKCanvas(upright);
        canvas.SetMatrix(matrix);
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
        canvas.Flush();
        return upright;
    }
}
