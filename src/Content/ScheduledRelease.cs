namespace Generator.Content;

/// <summary>
/// Articles a build held back because their date is still to come: how many, and when the first is due (in the
/// site's time zone), so the next build can be triggered then.
/// </summary>
public sealed record ScheduledRelease(int Count, DateTimeOffset Next, string NextSlug);
