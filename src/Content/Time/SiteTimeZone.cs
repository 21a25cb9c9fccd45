using NodaTime;

namespace Generator.Content.Time;

/// <summary>
/// The site's time zone (site.yml's <c>timezone</c>, an IANA name; UTC by default), from the tz database NodaTime
/// carries inside its assembly: neither the machine's zone nor ICU plays a part, so a build gives the same bytes
/// everywhere. A day written without a time begins at midnight here; pages show every moment in this zone.
/// </summary>
public sealed class SiteTimeZone
{
    public static readonly SiteTimeZone Utc = new(DateTimeZone.Utc);

    private readonly DateTimeZone _zone;
    // A day's start, found once: the listings, feeds and sitemap ask it of every article's dates, an archive's many
    // times over, and the tz database's answer for a day never changes.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<DateOnly, DateTimeOffset> _dayStarts = new();

    private SiteTimeZone(DateTimeZone zone) => _zone = zone;

    /// <summary>The zone's IANA name, e.g. <c>Europe/Kyiv</c>.</summary>
    public string Id => _zone.Id;

    /// <summary>
    /// The names to suggest for a misspelt <c>timezone</c>: the canonical ones. The old names the database keeps as
    /// aliases (<c>Europe/Kiev</c> for <c>Europe/Kyiv</c>) are accepted but never suggested.
    /// </summary>
    public static IEnumerable<string> CanonicalNames =>
        NodaTime.TimeZones.TzdbDateTimeZoneSource.Default.CanonicalIdMap.Where(pair => pair.Key == pair.Value).Select(pair => pair.Key);

    public static SiteTimeZone? Find(string id) => DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is { } zone ? new SiteTimeZone(zone) : null;

    /// <summary>The instant a moment stands for: a day's is the start of that day in this zone.</summary>
    public DateTimeOffset InstantOf(ContentTime time) =>
        time.Exact ?? _dayStarts.GetOrAdd(time.Day, static (day, zone) => LocalDate.FromDateOnly(day).AtStartOfDayInZone(zone).ToDateTimeOffset(), _zone);

    /// <summary>The instant as the clocks of this zone show it (its offset is the zone's at that instant).</summary>
    public DateTimeOffset Local(DateTimeOffset instant) => Instant.FromDateTimeOffset(instant).InZone(_zone).ToDateTimeOffset();

    /// <summary>The zone's abbreviation at that instant (<c>EET</c>, <c>EEST</c>, <c>UTC</c>), or its offset when it has none.</summary>
    public string Abbreviation(DateTimeOffset instant) => _zone.GetZoneInterval(Instant.FromDateTimeOffset(instant)).Name;

    public override string ToString() => Id;
}
