namespace Generator.Tests.BadInput;

/// <summary>
/// A diagnostic the generator must print. <see cref="Location"/> is matched against the start of the printed line:
/// <c>input/a.md:4:1</c> must match exactly, <c>input/a.md:4</c> any column of line 4, <c>input/a.md</c> anywhere in the
/// file (or the file as a whole, for problems that have no position).
/// </summary>
/// <param name="Unwanted">Text the message and hint must not contain (a misleading phrase the case exists to catch).</param>
public sealed record ExpectedDiagnostic(string Location, string Message, string Hint, string? Unwanted = null)
{
    public bool Matches(PrintedDiagnostic printed) =>
        (printed.Location == Location || printed.Location.StartsWith(Location + ":", StringComparison.Ordinal)) &&
        printed.Message.Contains(Message, StringComparison.Ordinal) &&
        printed.Hint is not null && printed.Hint.Contains(Hint, StringComparison.Ordinal) &&
        (Unwanted is null || !(printed.Message + " " + printed.Hint).Contains(Unwanted, StringComparison.Ordinal));

    public override string ToString() =>
        $"{Location}: \"{Message}\", hint \"{Hint}\"{(Unwanted is null ? "" : $", without \"{Unwanted}\"")}";
}
