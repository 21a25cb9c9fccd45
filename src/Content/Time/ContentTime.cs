using System.Globalization;

namespace Generator.Content.Time;

/// <summary>
/// A moment written in front matter (<c>date</c>, <c>updated</c>, a correction's <c>at</c>): a calendar day
/// (<c>2022-02-14</c>), which begins at midnight in the site's time zone, or an exact instant written in RFC 3339 with
/// its offset (<c>2022-02-14T09:30:00+02:00</c>), kept with the offset it was written in.
/// </summary>
public readonly record struct ContentTime
{
    private ContentTime(DateOnly day, DateTimeOffset? exact)
    {
        Day = day;
        Exact = exact;
    }

    /// <summary>The calendar day as written (for an instant, its day in the offset it was written with).</summary>
    public DateOnly Day { get; }

    /// <summary>The instant, when a time of day was written; null for a day.</summary>
    public DateTimeOffset? Exact { get; }

    public static ContentTime OfDay(DateOnly day) => new(day, null);

    public static ContentTime OfInstant(DateTimeOffset instant) => new(DateOnly.FromDateTime(instant.DateTime), instant);

    /// <summary>
    /// As <c>&lt;time datetime&gt;</c>, JSON-LD and the sitemap want it: the day (<c>2022-02-14</c>) or the exact
    /// instant in the offset it was written with (<c>2022-02-14T09:30:00+02:00</c>, <c>Z</c> for UTC).
    /// </summary>
    public string Iso => Exact is { } exact ? Rfc3339.Format(exact) : Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Whether this moment is before <paramref name="other"/>, comparing days when either is only a day.</summary>
    public bool IsBefore(ContentTime other) =>
        Exact is { } exact && other.Exact is { } otherExact ? exact < otherExact : Day < other.Day;

    public override string ToString() => Iso;
}
