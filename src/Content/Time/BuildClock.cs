using System.Globalization;
using Generator.Diagnostics;

namespace Generator.Content.Time;

/// <summary>
/// "Now", as a build sees it: an input like any other, so the same content builds the same site. It is
/// <c>--now</c> when given, else <c>SOURCE_DATE_EPOCH</c> (seconds since 1970, the reproducible-builds convention),
/// else the machine's clock.
/// </summary>
public static class BuildClock
{
    public const string SourceDateEpoch = "SOURCE_DATE_EPOCH";

    public static DateTimeOffset? Now(DateTimeOffset? given, DiagnosticBag diagnostics)
    {
        if (given is { } now)
        {
            return now;
        }

        if (Environment.GetEnvironmentVariable(SourceDateEpoch) is not { Length: > 0 } epoch)
        {
            return DateTimeOffset.UtcNow;
        }

        if (long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        diagnostics.Error(SourceLocation.WholeFile(SourceDateEpoch), $"the environment variable {SourceDateEpoch} is '{epoch}', not a number of seconds since 1970-01-01",
            $"set it to a whole number of seconds (e.g. the last commit's: git log -1 --format=%ct), or unset it to use the clock.");
        return null;
    }
}
