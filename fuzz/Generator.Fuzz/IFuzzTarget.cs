namespace Generator.Fuzz;

/// <summary>
/// One area of the generator under fuzzing. <see cref="Run"/> feeds it an input as the build would; located
/// diagnostics are the expected answer to bad input, so only a bug in the generator escapes as an exception.
/// </summary>
public interface IFuzzTarget
{
    /// <summary>The command-line argument that selects the target, and the name of its corpus folder.</summary>
    string Name { get; }

    void Run(byte[] input);
}
