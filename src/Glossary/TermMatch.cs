namespace Generator.Glossary;

/// <summary>A term found in prose: <see cref="Length"/> characters from <see cref="Start"/> name <see cref="Term"/>.</summary>
public readonly record struct TermMatch(int Start, int Length, Term Term)
{
    public int End => Start + Length;
}
