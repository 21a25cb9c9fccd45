namespace Generator.Corpus;

/// <summary>A section before it is written: where it is, what it is called, and which terms its prose mentions.</summary>
/// <param name="GlobalIndex">Its position among all sections of the corpus, which seeds its text.</param>
public sealed record SectionPlan(int GlobalIndex, int Order, string Slug, string Title, IReadOnlyList<CorpusTerm> Terms)
{
    /// <summary>The file name: the order, zero-padded so files sort as they are read, then the slug.</summary>
    public string FileName(int sectionsPerArticle) =>
        Order.ToString(sectionsPerArticle >= 100 ? "D3" : "D2", System.Globalization.CultureInfo.InvariantCulture) + "-" + Slug + ".md";
}
