namespace Generator.Diagnostics;

/// <summary>
/// A problem found while building, as a value: where it is, what is wrong and what to do about it.
/// Steps collect these instead of throwing, so an editor sees every mistake of a build at once.
/// </summary>
public sealed record Diagnostic(Severity Severity, SourceLocation Location, string Message, string? Hint = null)
{
    /// <summary>The other place the problem involves (a name's first claim), shown after the hint.</summary>
    public RelatedLocation? Related { get; init; }

    public static Diagnostic Error(SourceLocation location, string message, string? hint = null) =>
        new(Severity.Error, location, message, hint);

    public static Diagnostic Warning(SourceLocation location, string message, string? hint = null) =>
        new(Severity.Warning, location, message, hint);
}
