using System.CommandLine;
using System.Globalization;
using Generator.Content.Time;
using Generator.Incremental;
using Generator.Pipeline;

namespace Generator.Cli;

/// <summary>The default command: build the input folder into the output folder and print a one-line summary.</summary>
public static class BuildCommand
{
    public static readonly Option<string> Input = new("--input", "-i")
    {
        Description = "The content folder (site.yml, articles/, glossary/, assets/).",
        DefaultValueFactory = _ => "input",
    };

    public static readonly Option<string> Output = new("--output", "-o")
    {
        Description = "Where the site is written. It is replaced in one step, and only when the whole build succeeded.",
        DefaultValueFactory = _ => "site",
    };

    public static readonly Option<string> Theme = new("--theme")
    {
        Description = "The site's theme folder (layouts/ and assets/); each file in it replaces the built-in theme's file of the same path. Without the folder, the built-in theme is used.",
        DefaultValueFactory = _ => "theme",
    };

    public static readonly Option<string?> BaseUrl = new("--base-url")
    {
        Description = "The address the site is published at, e.g. https://example.org/news/. Its path is put in front of every internal link; without it links are root-relative.",
    };

    public static readonly Option<bool> Drafts = new("--drafts")
    {
        Description = "Include articles marked 'draft: true' (left out by default; the summary says how many were left out).",
    };

    public static readonly Option<bool> Strict = new("--strict")
    {
        Description = "Treat warnings (unused glossary terms, over-long definitions) as errors: the site is not written.",
    };

    public static readonly Option<bool> NoCache = new("--no-cache")
    {
        Description = "Render every page, ignoring the build cache kept beside the output folder (.site.cache/), and do not update it.",
    };

    public static readonly Option<string> Headers = new("--headers")
    {
        Description = "The netlify.toml whose [[headers]] (security and caching) the build writes to the site as _headers, for Cloudflare Pages and Netlify, and the preview sends.",
        DefaultValueFactory = _ => "netlify.toml",
    };

    public static readonly Option<bool> Future = new("--future")
    {
        Description = "Include articles dated in the future (held back by default until their date).",
    };

    public static readonly Option<DateTimeOffset?> Now = new("--now")
    {
        Description = "The build's 'now', as an RFC 3339 date-time (2022-02-14T09:30:00+02:00): articles dated later are held back. Default: SOURCE_DATE_EPOCH, else the clock.",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (Rfc3339.TryParse(text, out var now) == Rfc3339.Reading.Read)
            {
                return now;
            }

            result.AddError($"--now must be an RFC 3339 date-time with its offset, e.g. 2022-02-14T09:30:00+02:00 or 2022-02-14T07:30:00Z, not '{text}'.");
            return null;
        },
    };

    public static readonly Option<bool> Timings = new("--timings")
    {
        Description = "Print the time spent in each step of the build (with its processor time, allocations and garbage-collection pauses) and the peak memory of the process.",
    };

    public static RootCommand Create()
    {
        var command = new RootCommand(
            "Builds annotated news articles into a static site: sections with front matter, glossary terms linked in the prose, notes anchored to quotes.")
        {
            Input, Output, Theme, BaseUrl, Drafts, Future, Now, Strict, NoCache, Headers, Timings,
        };
        command.Subcommands.Add(GlossaryReportCommand.Create());
        command.Subcommands.Add(CheckCommand.Create());
        command.Subcommands.Add(ServeCommand.Create());
        command.Subcommands.Add(NewCommand.Create());
        command.Subcommands.Add(ThemeCommand.Create());
        command.Subcommands.Add(InitCommand.Create());
        BaseUrl.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && !(Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            {
                result.AddError($"--base-url must be an absolute http(s) address such as https://example.org/news/, not '{value}'.");
            }
        });
        Theme.Validators.Add(result =>
        {
            // The default folder is optional (the built-in theme stands in); a folder named on purpose must exist.
            var value = result.GetValueOrDefault<string>();
            if (!result.Implicit && !Directory.Exists(value))
            {
                result.AddError($"--theme names the folder '{value}', which does not exist. Without --theme the site's theme/ folder, or the built-in theme, is used.");
            }
        });
        command.SetAction(Run);
        return command;
    }

    private static int Run(ParseResult parse)
    {
        var console = parse.InvocationConfiguration;
        var output = parse.GetValue(Output)!;
        var options = new BuildOptions(
            parse.GetValue(Input)!,
            output,
            parse.GetValue(Theme)!,
            parse.GetValue(BaseUrl),
            parse.GetValue(Drafts),
            parse.GetValue(Strict),
            Cache: parse.GetValue(NoCache) ? null : new BuildCache(BuildCache.FolderFor(output)),
            HeadersFile: parse.GetValue(Headers),
            Now: parse.GetValue(Now),
            IncludeFuture: parse.GetValue(Future));
        var result = BuildPipeline.Run(options);

        DiagnosticPrinter.Print(result.Diagnostics, console.Error);
        if (parse.GetValue(Timings))
        {
            foreach (var timing in result.Timings)
            {
                console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {timing.Step,-20} {timing.Elapsed.TotalMilliseconds,8:0.0} ms {timing.ProcessorTime.TotalMilliseconds,8:0.0} ms processor {timing.AllocatedBytes / (1024.0 * 1024.0),8:0.0} MB allocated {timing.CollectorPauses.TotalMilliseconds,8:0.0} ms collecting"));
            }

            if (result.ContentFilesRead is var (read, used))
            {
                console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"content files read",-20} {read,8} of {used}"));
            }

            if (result.DefinitionsRendered is var (rendered, terms))
            {
                console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"definitions rendered",-20} {rendered,8} of {terms}"));
            }

            if (PeakMemory.ResidentBytes() is { } peak)
            {
                console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"peak memory",-20} {peak / (1024.0 * 1024.0),8:0.0} MB"));
            }
        }

        if (!result.Succeeded)
        {
            return ExitCodes.ContentErrors;
        }

        console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Built {DiagnosticPrinter.Plural(result.Pages, "page")} ({DiagnosticPrinter.Plural(result.Articles, "article")}, {DiagnosticPrinter.Plural(result.Terms, "term")}, {DiagnosticPrinter.Plural(result.TermLinks, "term link")}) into {Path.TrimEndingDirectorySeparator(options.OutputFolder)}/ in {result.Elapsed.TotalSeconds:0.00} s."));
        if (result.Files is { } files)
        {
            console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.ArticlesRendered} of {DiagnosticPrinter.Plural(result.Articles, "article")} and {result.PagesRendered} of {DiagnosticPrinter.Plural(result.Pages, "page")} rendered; {DiagnosticPrinter.Plural(files.Changed, "file")} changed, {files.Unchanged} unchanged."));
        }
        PrintHeldBack(result.HeldBack, console.Output);
        if (DraftsLeftOut(result.DraftsLeftOut, "build with --drafts to include them") is { } drafts)
        {
            console.Output.WriteLine(drafts);
        }

        return ExitCodes.Success;
    }

    /// <summary>The line that says a build left drafts out, so an editor does not look for a draft that is not there.</summary>
    public static string? DraftsLeftOut(int count, string howToInclude) =>
        count == 0 ? null : $"Left out {DiagnosticPrinter.Plural(count, "draft")} (draft: true); {howToInclude}.";

    /// <summary>The line that says which scheduled articles wait, and when the next build should run to release the first.</summary>
    public static void PrintHeldBack(Content.ScheduledRelease? held, TextWriter output)
    {
        if (held is not null)
        {
            output.WriteLine($"{DiagnosticPrinter.Plural(held.Count, "scheduled article")} held back; the next, {held.NextSlug}, is due at {Rfc3339.Format(held.Next)}: build again then, or with --future to include them now.");
        }
    }
}
