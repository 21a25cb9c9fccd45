namespace Generator.Glossary;

/// <summary>What happened to one occurrence of a term, as the glossary report tells editors.</summary>
public enum TermOutcome
{
    Linked,
    LinkedExplicitly,
    SkippedByDensity,
    SkippedExcludedBySection,
    SkippedInHeading,
    SkippedInLink,
    SkippedInCode,
    SkippedAcrossMarkup,
}
