using System.Text;

namespace Generator.Rendering;

/// <summary>
/// One rendering of a prose partial with <see cref="PartialHole"/>s: the writer it renders into, where in it each hole
/// was printed, and whether a hole was used in a way that needs its value.
/// </summary>
internal sealed class HoleRecording
{
    public StringWriter Writer { get; } = new(new StringBuilder(512), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Each place a hole was printed: the length of the output then, and which hole.</summary>
    public List<(int Position, int Hole)> Marks { get; } = [];

    /// <summary>
    /// Set before the exception a misused hole throws, so the rendering is given up even if something between the hole
    /// and the caller caught that exception.
    /// </summary>
    public bool Misused { get; private set; }

    public Exception Misuse()
    {
        Misused = true;
        return new InvalidOperationException("a value that changes with every use of the partial was used as more than printed text");
    }
}
