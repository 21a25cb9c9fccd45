using System.CommandLine;
using Generator.Pipeline;
using Generator.Serving;

namespace Generator.Cli;

/// <summary>
/// <c>serve</c>: builds, serves the site on 127.0.0.1 with production's headers, and rebuilds on every save in
/// input/ or theme/, reloading the open pages. Drafts are shown, marked as such, unless --no-drafts. Other interfaces
/// only with an explicit --host.
/// </summary>
public static class ServeCommand
{
    private static readonly Option<int> Port = new("--port", "-p")
    {
        Description = "The port to serve on.",
        DefaultValueFactory = _ => 8080,
    };

    private static readonly Option<string> Host = new("--host")
    {
        Description = "The address to listen on. The default, 127.0.0.1, keeps the preview on this machine; give another (e.g. 0.0.0.0) only on a trusted network.",
        DefaultValueFactory = _ => "127.0.0.1",
    };

    private static readonly Option<bool> NoDrafts = new("--no-drafts")
    {
        Description = "Leave out articles marked 'draft: true', to preview the site as it will be published. Without it the preview shows drafts, each marked \"Draft\".",
    };

    public static Command Create()
    {
        var command = new Command("serve", "Build, serve the site on 127.0.0.1 and rebuild and reload the page on every save in input/ or theme/.")
        {
            BuildCommand.Input, BuildCommand.Output, BuildCommand.Theme, NoDrafts, BuildCommand.Future, Port, Host, BuildCommand.Headers,
        };
        Port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 65535)
            {
                result.AddError("--port must be between 1 and 65535.");
            }
        });
        command.SetAction(async (parse, cancellation) =>
        {
            var console = parse.InvocationConfiguration;
            var options = new BuildOptions(parse.GetValue(BuildCommand.Input)!, parse.GetValue(BuildCommand.Output)!, parse.GetValue(BuildCommand.Theme)!,
                IncludeDrafts: !parse.GetValue(NoDrafts), HeadersFile: parse.GetValue(BuildCommand.Headers),
                IncludeFuture: parse.GetValue(BuildCommand.Future));
            using var session = new PreviewSession(options, parse.GetValue(Host)!, parse.GetValue(Port), parse.GetValue(BuildCommand.Headers)!, console.Output);
            BuildResult first;
            try
            {
                first = session.Start();
            }
            catch (System.Net.HttpListenerException exception)
            {
                console.Error.WriteLine($"error: cannot listen on {session.Address}: {exception.Message}");
                console.Error.WriteLine("Choose another port with --port, or stop the program using this one.");
                return ExitCodes.UsageError;
            }

            DiagnosticPrinter.Print(first.Diagnostics, console.Error);
            if (BuildCommand.DraftsLeftOut(first.DraftsLeftOut, "serve without --no-drafts to preview them") is { } drafts)
            {
                console.Output.WriteLine(drafts);
            }

            console.Output.WriteLine($"Serving {options.OutputFolder}/ at {session.Address} — watching {options.InputFolder}/ and {options.ThemeFolder}/. Press Ctrl+C to stop.");
            await session.RunAsync(cancellation);
            return ExitCodes.Success;
        });
        return command;
    }
}
