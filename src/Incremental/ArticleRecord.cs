using Generator.Diagnostics;

namespace Generator.Incremental;

/// <summary>
/// What the build cache keeps of one rendered article: the key of the inputs it was rendered from, the glossary terms
/// it depends on (by a fingerprint of what articles show of each term), its rendered parts and their fingerprint (two
/// records with the same key, terms and output fingerprint give the same views), the warnings rendering it produced
/// (they are reported again on every build that reuses it).
/// </summary>
public sealed record ArticleRecord(
    string Key,
    string OutputFingerprint,
    IReadOnlyDictionary<string, string> TermFingerprints,
    string StandfirstHtml,
    IReadOnlyList<SectionRecord> Sections,
    IReadOnlyList<string> DefinitionSlugs,
    IReadOnlyList<Diagnostic> Warnings);
