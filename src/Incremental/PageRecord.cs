using Generator.Publishing;

namespace Generator.Incremental;

/// <summary>
/// An article's finished page as the previous build wrote it: the key of everything it was made from, the
/// fingerprint of the bytes written (to know the file in the output folder is still that page), and its facts for the
/// site checks.
/// </summary>
public sealed record PageRecord(string Key, string ContentFingerprint, PageFacts Facts);
