namespace Generator.Rendering.Views;

/// <summary>
/// A moment as layouts need it: machine-readable for <c>&lt;time datetime&gt;</c> (the day, or the exact instant with
/// its offset) and as readers read it, in the site's time zone (<see cref="DateFormat"/>).
/// </summary>
public sealed record DateView(string Iso, string Display);
