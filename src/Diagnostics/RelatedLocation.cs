namespace Generator.Diagnostics;

/// <summary>
/// A second place a diagnostic involves, printed after it as a note: where a clashing name was first claimed, so the
/// editor sees both files and can choose which to change.
/// </summary>
public sealed record RelatedLocation(SourceLocation Location, string Message);
