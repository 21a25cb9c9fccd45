using SkiaSharp;

namespace Generator.Images;

/// <summary>
/// What a photo's header says: its format and size, read without decoding a pixel, so that a file that is not a photo
/// we can process, or that would take gigabytes to decode (a decompression bomb), is refused before it costs anything.
/// </summary>
public sealed record ImageHeader(ImageFormat Format, int Width, int Height, SKEncodedOrigin Origin)
{
    /// <summary>Width and height as the reader sees them, after the camera's orientation (EXIF) is applied.</summary>
    public (int Width, int Height) Upright => Origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom
        ? (Height, Width)
        : (Width, Height);

    /// <returns>The header, or null with <paramref name="problem"/> saying why the file cannot be processed.</returns>
    public static ImageHeader? Read(byte[] bytes, out ImageProblem? problem)
    {
        using var codec = Open(bytes, out problem);
        return codec is null ? null : Check(codec, out problem);
    }

    /// <returns>A codec over the file's bytes, or null with the reason no codec recognises it.</returns>
    internal static SKCodec? Open(byte[] bytes, out ImageProblem? problem)
    {
        problem = null;
        if (bytes.Length == 0)
        {
            problem = ImageProblem.NotAnImage("the file is empty");
            return null;
        }

        var codec = SKCodec.Create(new MemoryStream(bytes, writable: false), out var result);
        if (codec is null)
        {
            problem = result == SKCodecResult.IncompleteInput
                ? ImageProblem.Damaged("the file ends before its header does")
                : ImageProblem.NotAnImage("it is not a JPEG, PNG or WebP image");
        }

        return codec;
    }

    /// <summary>The header of an open codec, refused when its format is not one we process or its size is past the limit.</summary>
    internal static ImageHeader? Check(SKCodec codec, out ImageProblem? problem)
    {
        problem = null;
        var format = codec.EncodedFormat switch
        {
            SKEncodedImageFormat.Jpeg => ImageFormat.Jpeg,
            SKEncodedImageFormat.Png => ImageFormat.Png,
            SKEncodedImageFormat.Webp => ImageFormat.Webp,
            _ => (ImageFormat?)null,
        };
        if (format is null)
        {
            problem = ImageProblem.Unsupported(codec.EncodedFormat.ToString().ToUpperInvariant());
            return null;
        }

        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (width <= 0 || height <= 0)
        {
            problem = ImageProblem.Damaged("its header gives no size");
            return null;
        }

        if ((long)width * height > ImageSettings.MaximumPixels)
        {
            problem = ImageProblem.TooLarge(width, height);
            return null;
        }

        return new ImageHeader(format.Value, width, height, codec.EncodedOrigin);
    }
}
