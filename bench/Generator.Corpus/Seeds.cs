namespace Generator.Corpus;

/// <summary>
/// One random stream per term, article and section, derived from the corpus seed by arithmetic (string hash codes
/// change from process to process). A section's text therefore depends only on the seed and its own position, not on
/// how many terms the glossary has, and articles can be written in parallel.
/// </summary>
public static class Seeds
{
    public static int ForTerm(int seed, int index) => unchecked((seed * 1_000_003) + index);

    public static int ForArticle(int seed, int index) => unchecked((seed * 1_000_033) + (index * 7_919));

    public static int ForSection(int seed, int globalIndex) => unchecked((seed * 1_000_037) + (globalIndex * 104_729));
}
