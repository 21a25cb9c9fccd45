using Generator.Publishing;

namespace Generator.Incremental;

/// <summary>
/// A finished page as the previous build wrote it: every input it was made from with the version it had then, the size
/// and modification time of the file written (to know the file in the output folder is still that page without reading
/// it), and its facts for the site checks.
/// </summary>
public sealed record PageRecord(IReadOnlyList<RecordedDependency> Dependencies, long FileLength, long FileWriteTicks, PageFacts Facts);
