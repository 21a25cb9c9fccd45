using System.CommandLine;
using Generator.Content;

namespace Generator.Cli;

/// <summary><c>init &lt;folder&gt;</c>: creates a working site (content, .gitignore, netlify.toml, GitHub Pages workflow) in an empty folder.</summary>
public static class InitCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "The new site's folder, created if needed; it must be empty. Its name gives the site's title." };
        var init = new Command("init", "Create a new site in an empty folder: site.yml, a sample article, three glossary terms, .gitignore, netlify.toml and a GitHub Pages workflow.") { folder };
        init.SetAction(parse =>
        {
            var console = parse.InvocationConfiguration;
            var target = parse.GetValue(folder)!;
            try
            {
                // The sample is dated today in UTC, the new site's time zone: a local date east of UTC can still be tomorrow
                // there, and the build would hold the article back as scheduled.
                var written = StarterSite.Create(target, DateOnly.FromDateTime(DateTime.UtcNow), ToolPackage.Install);
                var shown = Path.TrimEndingDirectorySeparator(target);
                foreach (var file in written)
                {
                    console.Output.WriteLine($"Created {Path.Combine(shown, file).Replace('\\', '/')}");
                }

                console.Output.WriteLine($"Next: cd {shown} && {ToolPackage.Command} serve   (then edit input/; see input/site.yml for the title and address)");
                return ExitCodes.Success;
            }
            catch (ScaffoldException exception)
            {
                return ScaffoldRefusal.Print(exception, console.Error);
            }
        });
        return init;
    }
}
