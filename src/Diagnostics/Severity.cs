namespace Generator.Diagnostics;

public enum Severity
{
    Warning,
    Error,

    /// <summary>Worth knowing, never a problem: not counted, and not made an error by --strict or check.</summary>
    Note,
}
