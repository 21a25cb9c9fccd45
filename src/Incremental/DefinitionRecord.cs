using Generator.Diagnostics;

namespace Generator.Incremental;

/// <summary>
/// A term's long definition as a build rendered it, kept so the next build renders it again only when something it
/// was made from changed (<see cref="IncrementalBuild.ReuseDefinition"/>).
/// </summary>
/// <param name="Key">What it was made from: the term's file, the site, the prose partials and strings, and how every term matches.</param>
/// <param name="TermFingerprints">Each term it links, with how that term showed where linked (its address, name and short definition).</param>
/// <param name="Html">The rendered definition.</param>
/// <param name="MentionedSlugs">The terms it links, in the order linking found them.</param>
/// <param name="Warnings">What rendering it reported, reported again whenever it is reused.</param>
public sealed record DefinitionRecord(
    string Key,
    IReadOnlyDictionary<string, string> TermFingerprints,
    string Html,
    IReadOnlyList<string> MentionedSlugs,
    IReadOnlyList<Diagnostic> Warnings);
