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

return parse.Invoke();
