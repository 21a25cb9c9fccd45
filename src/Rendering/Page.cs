namespace Generator.Rendering;

/// <summary>A finished page: where it goes under the output folder, its HTML, and the content file it came from (for checks and errors).</summary>
public sealed record Page(string OutputPath, string Html, string SourceFile)
{
    /// <summary>A forwarding page at an old address: not linked from anywhere, by design.</summary>
    public bool IsRedirect { get; init; }

    /// <summary>For an article page, the source file of each section by its id, so checks can point into the right file.</summary>
    public IReadOnlyDictionary<string, string> SectionSources { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The file the previous build wrote, unchanged (see the build cache): its HTML is not read, the file is kept as
    /// it is when the site is written, and <see cref="Facts"/> come from the cache.
    /// </summary>
    public bool IsReused { get; init; }

    /// <summary>The ids and addresses the site checks need; read from <see cref="Html"/> before the checks run.</summary>
    public Publishing.PageFacts? Facts { get; init; }
}
