using System.Globalization;
using Generator.Content.Time;
using Generator.Rendering.Views;

namespace Generator.Rendering;

/// <summary>
/// Writes the moments of the content as readers read them, in the site's time zone: a day as a day ("February 14,
/// 2022"), an instant with its time and the zone's abbreviation ("February 14, 2022, 09:30 EET").
/// </summary>
public sealed class DateFormat(SiteTimeZone zone)
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public SiteTimeZone Zone => zone;

    public DateView Of(ContentTime time)
    {
        if (time.Exact is not { } exact)
        {
            return new DateView(time.Iso, Day(time.Day));
        }

        var local = zone.Local(exact);
        return new DateView(time.Iso, string.Create(CultureInfo.InvariantCulture,
            $"{Day(DateOnly.FromDateTime(local.DateTime))}, {local.Hour:00}:{local.Minute:00} {zone.Abbreviation(exact)}"));
    }

    public DateView Of(DateOnly day) => Of(ContentTime.OfDay(day));

    private static string Day(DateOnly day) => string.Create(CultureInfo.InvariantCulture, $"{Months[day.Month - 1]} {day.Day}, {day.Year}");
}
