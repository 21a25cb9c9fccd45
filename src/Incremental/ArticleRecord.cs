using Generator.Diagnostics;

namespace Generator.Incremental;

/// <summary>
/// What the build cache's index keeps of one rendered article: the key of the inputs it was rendered from, the glossary
/// terms it depends on (by a fingerprint of how each shows where it is linked), its rendered parts but the sections' HTML (the standfirst's it keeps: the front page shows it), and
/// the fingerprint of all it rendered, HTML included (two records with the same key, terms and output fingerprint give
/// the same views), the warnings rendering it produced (they are reported again on every build that reuses it), its
/// links to other stories (every build lists each article's backlinks from them). The
/// index holds every article in one file, so a build reads it in one go; the sections' HTML, most of the size, is in a file per
/// article (<see cref="ArticleProse"/>), read only for the articles whose pages or feed entries are made again.
/// </summary>
public sealed record ArticleRecord(
    string Key,
    string OutputFingerprint,
    IReadOnlyDictionary<string, string> TermFingerprints,
    string StandfirstHtml,
    IReadOnlyList<SectionRecord> Sections,
    IReadOnlyList<string> DefinitionSlugs,
    IReadOnlyList<Diagnostic> Warnings,
    string ReaderText,
    IReadOnlyList<StoryLinks.StoryLink> Links);
