namespace Generator.Glossary;

/// <summary>A glossary entry ready for the page: its long definition as HTML and the sections that use it.</summary>
public sealed record RenderedTerm(Term Term, string DefinitionHtml, IReadOnlyList<TermUsage> UsedIn);
