namespace Generator.Corpus;

/// <summary>An article before it is written: its folder name (the slug), title, date and sections.</summary>
public sealed record ArticlePlan(int Index, string Slug, string Title, DateOnly Date, IReadOnlyList<SectionPlan> Sections)
{
    public string Url => "/" + Slug + "/";
}
