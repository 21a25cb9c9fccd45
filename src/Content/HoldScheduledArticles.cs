using Generator.Content.Time;

namespace Generator.Content;

/// <summary>
/// Scheduled stories: an article whose <c>date</c> is after the build's "now" is left out of the whole site (its page,
/// the front page, the feed, the sitemap, redirects) unless the build includes the future (<c>--future</c>). A day
/// is released at midnight in the site's time zone.
/// </summary>
public static class HoldScheduledArticles
{
    public static (ContentSet Content, ScheduledRelease? Held) Run(ContentSet content, DateTimeOffset now, bool includeFuture)
    {
        var zone = content.Site.TimeZone;
        var held = content.Articles.Where(article => zone.InstantOf(article.Date) > now).ToList();
        if (includeFuture || held.Count == 0)
        {
            return (content, null);
        }

        var next = held.MinBy(article => zone.InstantOf(article.Date))!;
        return (content with { Articles = content.Articles.Except(held).ToList() },
            new ScheduledRelease(held.Count, zone.Local(zone.InstantOf(next.Date)), next.Slug));
    }
}
