using System.Text;

namespace Generator.Rendering;

/// <summary>
/// A finished page: where it goes under the output folder, its contents as UTF-8 (HTML, or XML and text for the feeds),
/// and the content file it came from (for checks and errors).
/// </summary>
public sealed record Page(string OutputPath, ReadOnlyMemory<byte> Utf8, string SourceFile)
{
    /// <summary>A page made as text (feeds, forwarding pages), encoded once here.</summary>
    public Page(string outputPath, string text, string sourceFile)
        : this(outputPath, Encoding.UTF8.GetBytes(text), sourceFile)
    {
    }

    /// <summary>A forwarding page at an old address: not linked from anywhere, by design.</summary>
    public bool IsRedirect { get; init; }

    /// <summary>For an article page, the source file of each section by its id, so checks can point into the right file.</summary>
    public IReadOnlyDictionary<string, string> SectionSources { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The file the previous build wrote, unchanged (see the build cache): its HTML is not read, the file is kept as
    /// it is when the site is written, and <see cref="Facts"/> come from the cache.
    /// </summary>
    public bool IsReused { get; init; }

    /// <summary>The ids and addresses the site checks need; read from <see cref="Utf8"/> before the checks run.</summary>
    public Publishing.PageFacts? Facts { get; init; }
}
