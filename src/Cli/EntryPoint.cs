using System.CommandLine;

namespace Generator.Cli;

/// <summary>
/// The command line as a function: arguments in, exit code out, everything it prints written to the two writers it is
/// given. The program passes the console's; tests pass their own, so they can run the command line in their process.
/// </summary>
public static class EntryPoint
{
    // Built once: its options are shared objects that collect validators and parents each time a command is built.
    private static readonly RootCommand Command = BuildCommand.Create();

    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        RunAsync(args, output, error, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>
    /// Runs the command line until it ends or <paramref name="cancellation"/> asks a long-running command (serve) to
    /// stop, as Ctrl+C does; tests use it to preview a site in their process and stop it.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        var parse = Command.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                error.WriteLine($"error: {problem.Message}");
            }

            error.WriteLine("Run with --help to see every option.");
            return ExitCodes.UsageError;
        }

        try
        {
            // Every command writes through parse.InvocationConfiguration's Output and Error: these two writers.
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = output, Error = error }, cancellation);
        }
        catch (Exception exception) when (Environment.GetEnvironmentVariable("GENERATOR_DEBUG") is null)
        {
            // A bug in the generator, not in the content: say so plainly; the site was not replaced.
            error.WriteLine($"internal error: {exception.GetType().Name}: {exception.Message}");
            error.WriteLine("This is a bug in the generator, not in your content; the previous site was left unchanged.");
            error.WriteLine("Run again with GENERATOR_DEBUG=1 to see where it happened, and report it.");
            return ExitCodes.ContentErrors;
        }
    }
}
