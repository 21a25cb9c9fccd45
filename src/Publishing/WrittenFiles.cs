namespace Generator.Publishing;

/// <summary>What writing the site did: files with new bytes, and files kept as they were (same bytes, same time).</summary>
public sealed record WrittenFiles(int Changed, int Unchanged);
