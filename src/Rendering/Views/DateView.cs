using System.Globalization;

namespace Generator.Rendering.Views;

/// <summary>A date as layouts need it: machine-readable for <c>&lt;time datetime&gt;</c> and as readers read it.</summary>
public sealed record DateView(string Iso, string Display)
{
    public static DateView From(DateOnly date) =>
        new(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture));
}
