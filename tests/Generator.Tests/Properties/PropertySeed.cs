namespace Generator.Tests.Properties;

/// <summary>
/// The seed property tests start from. CsCheck uses a given seed for the first case only and draws every later case
/// afresh: in CI (<c>CI=true</c>) each property's first case is the same on every run, and the others go on exploring,
/// so a run can find a bug no earlier run met (the term-link nesting property found one this way). A failure prints
/// its seed; <c>CsCheck_Seed=…</c> replays it anywhere.
/// </summary>
internal static class PropertySeed
{
    public static string? ForThisRun => Environment.GetEnvironmentVariable("CI") == "true" ? "0m2lfQuOsFT2" : null;
}
