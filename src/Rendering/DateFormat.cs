using System.Globalization;
using Generator.Content.Time;
using Generator.Localization;
using Generator.Rendering.Views;

namespace Generator.Rendering;

/// <summary>
/// Writes the moments of the content as readers read them, in the site's time zone and in the language of the page,
/// from its strings file (<c>months</c>, <c>date</c>, <c>date_time</c>): a day as a day ("February 14, 2022",
/// "14 лютого 2022 р."), an instant with its time and the zone's abbreviation ("February 14, 2022, 09:30 EET").
/// </summary>
public sealed class DateFormat(SiteTimeZone zone, LanguageStrings strings)
{
    public SiteTimeZone Zone => zone;

    public DateView Of(ContentTime time)
    {
        if (time.Exact is not { } exact)
        {
            return new DateView(time.Iso, Day(time.Day));
        }

        var local = zone.Local(exact);
        return new DateView(time.Iso, strings.Generated(GeneratedStrings.DateTime,
            ("date", Day(DateOnly.FromDateTime(local.DateTime))),
            ("hour", local.Hour.ToString("00", CultureInfo.InvariantCulture)),
            ("minute", local.Minute.ToString("00", CultureInfo.InvariantCulture)),
            ("zone", zone.Abbreviation(exact))));
    }

    public DateView Of(DateOnly day) => Of(ContentTime.OfDay(day));

    /// <summary>A month as a date archive is titled: its name and its year ("February 2022").</summary>
    public string Month(int year, int month) => strings.Generated(GeneratedStrings.ArchiveMonth,
        ("month", strings.Entries[GeneratedStrings.ArchiveMonths].Items![month - 1]),
        ("year", year.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The day a moment falls on in the site's time zone: the day archives file it under.</summary>
    public DateOnly LocalDay(ContentTime time) => time.Exact is { } exact ? DateOnly.FromDateTime(zone.Local(exact).DateTime) : time.Day;

    private string Day(DateOnly day) => strings.Generated(GeneratedStrings.Date,
        ("day", day.Day.ToString(CultureInfo.InvariantCulture)),
        ("month", strings.Months[day.Month - 1]),
        ("year", day.Year.ToString(CultureInfo.InvariantCulture)));
}
