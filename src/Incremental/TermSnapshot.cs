namespace Generator.Incremental;

/// <summary>
/// How a glossary term matched prose in the previous build: a fingerprint of its forms and matching rules, and a
/// word from each form. When a term's matching changes, an article can only be affected if it used the term or its
/// text contains one of those words (a match needs every word of a form), old or new.
/// </summary>
public sealed record TermSnapshot(string MatchingFingerprint, IReadOnlyList<string> Words);
