namespace Generator.Glossary;

/// <summary>A term found in a document, where (file line), as written, and whether it was linked.</summary>
public sealed record TermOccurrence(Term Term, string Text, int Line, TermOutcome Outcome);
