using System.CommandLine;
using Generator.Pipeline;

namespace Generator.Cli;

/// <summary>
/// <c>check</c>: builds the site in memory, without writing it, and reports every problem as an error: broken
/// internal links and fragments, pages unreachable from the front page, images without alt text, and the warnings
/// a build would print. Exit code 1 when anything is wrong, so CI can gate a deploy on it.
/// </summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var command = new Command("check", "Build in memory without writing and report broken links, missing fragments, orphaned pages, images without alt, and every warning, as errors.")
        {
            BuildCommand.Input, BuildCommand.Theme, BuildCommand.BaseUrl, BuildCommand.Drafts, BuildCommand.Headers, BuildCommand.Future, BuildCommand.Now,
        };
        command.SetAction(parse =>
        {
            var console = parse.InvocationConfiguration;
            var result = BuildPipeline.Run(new BuildOptions(
                parse.GetValue(BuildCommand.Input)!,
                parse.GetValue(BuildCommand.Output) ?? "site",
                parse.GetValue(BuildCommand.Theme)!,
                parse.GetValue(BuildCommand.BaseUrl),
                parse.GetValue(BuildCommand.Drafts),
                Strict: true,
                WriteOutput: false,
                HeadersFile: parse.GetValue(BuildCommand.Headers),

                Now: parse.GetValue(BuildCommand.Now),
                IncludeFuture: parse.GetValue(BuildCommand.Future)));
            DiagnosticPrinter.Print(result.Diagnostics, console.Error, "the site is not ready to publish (check writes nothing; site/ is as it was).");
            if (!result.Succeeded)
            {
                return ExitCodes.ContentErrors;
            }

            console.Output.WriteLine($"Checked {DiagnosticPrinter.Plural(result.Pages, "page")}: no broken links, orphaned pages or missing alt text.");
            BuildCommand.PrintHeldBack(result.HeldBack, console.Output);
            if (BuildCommand.DraftsLeftOut(result.DraftsLeftOut, "check with --drafts to check them too") is { } drafts)
            {
                console.Output.WriteLine(drafts);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
