namespace Generator.Glossary;

/// <summary>A glossary entry ready for the page: its long definition as HTML, the sections that use it, its related terms.</summary>
public sealed record RenderedTerm(Term Term, string DefinitionHtml, IReadOnlyList<TermUsage> UsedIn, IReadOnlyList<Term> SeeAlso);
