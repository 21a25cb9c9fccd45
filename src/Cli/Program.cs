using Generator.Cli;

var command = BuildCommand.Create();
var parse = command.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine($"error: {error.Message}");
    }

    Console.Error.WriteLine("Run with --help to see every option.");
    return ExitCodes.UsageError;
}

try
{
    return parse.Invoke(new System.CommandLine.InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception exception) when (Environment.GetEnvironmentVariable("GENERATOR_DEBUG") is null)
{
    // A bug in the generator, not in the content: say so plainly; the site was not replaced.
    Console.Error.WriteLine($"internal error: {exception.GetType().Name}: {exception.Message}");
    Console.Error.WriteLine("This is a bug in the generator, not in your content; the previous site was left unchanged.");
    Console.Error.WriteLine("Run again with GENERATOR_DEBUG=1 to see where it happened, and report it.");
    return ExitCodes.ContentErrors;
}
