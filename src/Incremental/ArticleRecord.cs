using Generator.Diagnostics;

namespace Generator.Incremental;

/// <summary>
/// What the build cache keeps of one rendered article: the key of the inputs it was rendered from, the glossary terms
/// it depends on (by the fingerprint of each term's file), its rendered parts, the warnings rendering it produced (they
/// are reported again on every build that reuses it).
/// </summary>
public sealed record ArticleRecord(
    string Key,
    IReadOnlyDictionary<string, string> TermFingerprints,
    string StandfirstHtml,
    IReadOnlyList<SectionRecord> Sections,
    IReadOnlyList<string> DefinitionSlugs,
    IReadOnlyList<Diagnostic> Warnings);
