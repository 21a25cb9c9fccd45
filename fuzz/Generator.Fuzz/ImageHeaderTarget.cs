using Generator.Images;

namespace Generator.Fuzz;

/// <summary>
/// The input is a photo's file. Its header is read as the image step reads it (format, size, orientation, the
/// decompression-bomb limit); when the header is accepted and small, the file is decoded too. Every input must end in
/// a header or a problem to report, never an exception.
/// </summary>
public sealed class ImageHeaderTarget : IFuzzTarget
{
    /// <summary>Decoding is tried only below this many pixels, so a run stays fast; the limit itself is checked from the header.</summary>
    private const long DecodedPixels = 4_000_000;

    public string Name => "image-header";

    public void Run(byte[] input)
    {
        var header = ImageHeader.Read(input, out var problem);
        if ((header is null) == (problem is null))
        {
            throw new InvalidOperationException("the header reader must give a header or a problem, not both or neither");
        }

        if (header is null || (long)header.Width * header.Height > DecodedPixels)
        {
            return;
        }

        using var decoded = ImageEncoder.Decode(input, out var decodeProblem);
        if ((decoded is null) == (decodeProblem is null))
        {
            throw new InvalidOperationException("decoding must give a photo or a problem, not both or neither");
        }

        if (decoded is not null && (decoded.Width, decoded.Height) != header.Upright)
        {
            throw new InvalidOperationException($"decoded {decoded.Width} x {decoded.Height}, but the header said {header.Upright}");
        }
    }
}
