using System.Globalization;

namespace Generator.Images;

/// <summary>Why a photo cannot be processed, said the way an editor can act on it.</summary>
public sealed record ImageProblem(string Message, string Hint)
{
    public static ImageProblem NotAnImage(string why) =>
        new($"the photo cannot be read: {why}", "save it again as JPEG, PNG or WebP, and check that the file is the photo (not an HTML page or a renamed document).");

    public static ImageProblem Damaged(string why) =>
        new($"the photo is damaged: {why}", "the file is cut short or corrupt: copy it again from its source.");

    public static ImageProblem Unsupported(string format) =>
        new($"the photo is in {format} format, which is not processed", "convert it to JPEG (photographs), PNG (graphics) or WebP; SVG files under input/assets/ are published as they are.");

    public static ImageProblem TooLarge(int width, int height) =>
        new(string.Create(CultureInfo.InvariantCulture, $"the photo is {width} x {height} pixels, past the limit of {ImageSettings.MaximumPixels:N0} pixels"),
            "resize it before adding it (2,400 pixels wide is plenty for the web); the limit keeps a crafted file from exhausting memory.");
}
