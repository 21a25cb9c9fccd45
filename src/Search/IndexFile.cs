namespace Generator.Search;

/// <summary>
/// A shard or prefix summary as a build wrote it: its file's name (a hash of its bytes) and size, and
/// <paramref name="Words"/>, a fingerprint of the words it was made of. The next build keeps the file when its words
/// are the same and none of their postings changed.
/// </summary>
public sealed record IndexFile(string Name, int Bytes, string Words);
