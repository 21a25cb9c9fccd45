namespace Generator.Tests.BadInput;

/// <summary>
/// One entry of the bad-input catalogue: what an editor got wrong (<see cref="Changes"/> to a site that built), and
/// every diagnostic the generator must print for it. Built fluently:
/// <c>new BadInputCase(…).Writing(path, text).Expecting(location, message, hint)</c>.
/// </summary>
public sealed record BadInputCase(string Category, string Name, string Mistake)
{
    public IReadOnlyList<InputChange> Changes { get; init; } = [];

    public IReadOnlyList<ExpectedDiagnostic> Expected { get; init; } = [];

    /// <summary>
    /// Whether exactly the expected errors are printed, no more: one mistake should give one message, not a cascade.
    /// Off only where the number of errors is the input's own (thousands of unknown keys).
    /// </summary>
    public bool OnlyTheExpectedErrors { get; init; } = true;

    /// <summary>Time and peak memory the build may use; checked only for the cases built to exhaust them.</summary>
    public TimeSpan? TimeLimit { get; init; }

    public long? MemoryLimitBytes { get; init; }

    public bool UsesCopyOfTheme => Changes.Any(change => change.TouchesTheme);

    public BadInputCase Writing(string path, string text) => this with { Changes = [.. Changes, InputChange.Text(path, text)] };

    public BadInputCase WritingBytes(string path, byte[] bytes) => this with { Changes = [.. Changes, InputChange.Bytes(path, bytes)] };

    public BadInputCase Deleting(string path) => this with { Changes = [.. Changes, InputChange.Delete(path)] };

    public BadInputCase Replacing(string path, string find, string replacement) =>
        this with { Changes = [.. Changes, InputChange.Replace(path, find, replacement)] };

    public BadInputCase Expecting(string location, string message, string hint, string? unwanted = null) =>
        this with { Expected = [.. Expected, new ExpectedDiagnostic(location, message, hint, unwanted)] };

    public BadInputCase AllowingMoreErrors() => this with { OnlyTheExpectedErrors = false };

    public BadInputCase WithinLimits(TimeSpan time, long memoryBytes) => this with { TimeLimit = time, MemoryLimitBytes = memoryBytes };

    public override string ToString() => Name;
}
