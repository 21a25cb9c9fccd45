using System.CommandLine;
using Generator.Content;
using Generator.Rendering;

namespace Generator.Cli;

/// <summary><c>theme eject [file]</c>: copies the built-in theme's files into the site's theme folder to customise them.</summary>
public static class ThemeCommand
{
    public static Command Create()
    {
        var file = new Argument<string?>("file")
        {
            Description = "One built-in file, by its path or name (layouts/article.liquid, article.liquid, site.css); without it, every file the folder does not have yet.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var folder = new Option<string>("--theme")
        {
            Description = "The site's theme folder, created if needed.",
            DefaultValueFactory = _ => "theme",
        };
        var force = new Option<bool>("--force") { Description = "Replace a file the theme folder has already with the built-in one." };
        var eject = new Command("eject", "Copy built-in theme files into the site's theme/ folder; the build then uses them instead of the built-in ones.") { file, folder, force };
        eject.SetAction(parse =>
        {
            var console = parse.InvocationConfiguration;
            try
            {
                var outcome = EjectTheme.Run(parse.GetValue(folder)!, parse.GetValue(file), parse.GetValue(force));
                foreach (var copied in outcome.Copied)
                {
                    console.Output.WriteLine($"Created {copied}");
                }

                foreach (var kept in outcome.Kept)
                {
                    console.Output.WriteLine($"Kept {kept} (it exists already; --force replaces it)");
                }

                console.Output.WriteLine(outcome.Copied.Count == 0
                    ? "Nothing to copy: the theme folder has every built-in file."
                    : "Edit them: the build uses the theme folder's files instead of the built-in ones. Delete a file to go back to the built-in one.");
                return ExitCodes.Success;
            }
            catch (ScaffoldException exception)
            {
                return ScaffoldRefusal.Print(exception, console.Error);
            }
        });

        return new Command("theme", "The built-in theme, which a site's theme/ folder overrides file by file.") { eject };
    }
}
