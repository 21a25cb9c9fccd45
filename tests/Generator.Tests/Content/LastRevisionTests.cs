using Generator.Content;
using Generator.Content.Time;
using Generator.Diagnostics;

namespace Generator.Tests.Content;

/// <summary>
/// An article's last revision is the latest of its corrections, its update and its date, the first of equal ones in
/// that order; it is worked out once per article object, so an article made anew with another date (as the build does
/// with update times read from git) has its own.
/// </summary>
[Trait("Category", "Unit")]
public sealed class LastRevisionTests
{
    private static readonly SiteTimeZone Kyiv = SiteTimeZone.Find("Europe/Kyiv")!;

    private static Article Article(ContentTime date, ContentTime? updated = null) =>
        new("talks", "Talks", null, null, date, updated, null, [], false,
            new MarkdownSource(new SourceFile("input/articles/talks/index.md", "/input/articles/talks/index.md", "---\n---\n"), 3), []);

    private static ContentTime Day(int month, int day) => ContentTime.OfDay(new DateOnly(2022, month, day));

    private static Correction CorrectionAt(ContentTime at) => new(at, "<p>Fixed.</p>", "Fixed.", SourceLocation.WholeFile("input/articles/talks/index.md"));

    [Fact]
    public void The_latest_of_corrections_update_and_date_is_the_last_revision()
    {
        var article = Article(Day(2, 14), Day(2, 16)) with { Corrections = [CorrectionAt(Day(2, 15)), CorrectionAt(Day(2, 18))] };

        Assert.Equal(Day(2, 18).Iso, article.LastRevision(Kyiv).Iso);
        Assert.Equal(Day(2, 16).Iso, Article(Day(2, 14), Day(2, 16)).LastRevision(Kyiv).Iso);
    }

    [Fact]
    public void Of_equal_instants_a_correction_comes_before_the_update_and_the_update_before_the_date()
    {
        // Midnight in Kyiv, written exactly: the same instant as the day itself.
        var midnight = ContentTime.OfInstant(new DateTimeOffset(2022, 2, 14, 0, 0, 0, TimeSpan.FromHours(2)));

        Assert.Equal(midnight.Iso, Article(Day(2, 14), midnight).LastRevision(Kyiv).Iso);
        Assert.Equal(midnight.Iso, (Article(Day(2, 14)) with { Corrections = [CorrectionAt(midnight)] }).LastRevision(Kyiv).Iso);
    }

    [Fact]
    public void An_article_made_anew_with_another_update_has_its_own_last_revision()
    {
        var article = Article(Day(2, 14));
        Assert.Equal(Day(2, 14).Iso, article.LastRevision(Kyiv).Iso);

        var updated = article with { Updated = Day(3, 1) };

        Assert.Equal(Day(3, 1).Iso, updated.LastRevision(Kyiv).Iso);
        Assert.Equal(Day(2, 14).Iso, article.LastRevision(Kyiv).Iso);
        Assert.Equal(Day(2, 14).Iso, article.LastRevision(SiteTimeZone.Utc).Iso);
    }
}
