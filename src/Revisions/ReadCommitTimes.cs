using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Generator.Content;
using Generator.Content.Time;
using Generator.Diagnostics;

namespace Generator.Revisions;

/// <summary>
/// <c>updated: auto</c>: an article's update time is the time of the last commit that touched a file of its folder,
/// read from git — with one <c>git log</c> over the articles folder for all of them, newest commit first, stopped as
/// soon as every such article is found, so an archive of thousands costs one process, not thousands. An article not
/// committed yet, or whose last commit is older than its date, has no update time.
/// </summary>
public static class ReadCommitTimes
{
    /// <summary>Separates one commit's time from the files it touched in git's output (the ASCII record separator).</summary>
    private const char CommitMark = '\u001e';

    public static ContentSet Run(ContentSet content, string inputFolder, DiagnosticBag diagnostics)
    {
        var wanted = content.Articles.Where(article => article.UpdatedFromGit).Select(article => article.Slug).ToHashSet(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return content;
        }

        var first = content.Articles.First(article => article.UpdatedFromGit);
        var times = LastCommits(Path.Combine(inputFolder, InputFolder.ArticlesFolder), wanted, first.RevisionLocation, diagnostics);
        if (times is null)
        {
            return content;
        }

        var zone = content.Site.TimeZone;
        var articles = content.Articles.Select(article =>
            article.UpdatedFromGit && times.TryGetValue(article.Slug, out var committed) && zone.InstantOf(article.Date) < committed
                ? article with { Updated = ContentTime.OfInstant(committed) }
                : article).ToList();
        return content with { Articles = articles };
    }

    /// <summary>
    /// The commit the articles folder's checkout is at, or null when it is not in a git checkout (or git is missing):
    /// the update times read from git change only with it, so a build can tell they are still the ones it published.
    /// </summary>
    public static string? HeadCommit(string inputFolder)
    {
        try
        {
            using var process = Process.Start(Git(Path.Combine(inputFolder, InputFolder.ArticlesFolder), "rev-parse", "HEAD"))!;
            var commit = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 && commit.Length > 0 ? commit : null;
        }
        catch (Win32Exception)
        {
            return null;
        }
    }

    private static ProcessStartInfo Git(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-C");
        start.ArgumentList.Add(folder);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    /// <summary>The time of the last commit to each wanted article's folder; null (with an error) when git cannot say.</summary>
    private static Dictionary<string, DateTimeOffset>? LastCommits(string articlesFolder, HashSet<string> wanted, SourceLocation location, DiagnosticBag diagnostics)
    {
        // Paths relative to the articles folder ("<folder>/<file>"), NUL-terminated so no name needs quoting; %cI is
        // the committer's time in strict ISO 8601 with its offset.
        var start = Git(articlesFolder, "log", "--format=%x1e%cI", "--name-only", "--relative", "-z", "--", ".");
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            diagnostics.Error(location, "'updated: auto' reads the time of the article's last commit from git, but git is not installed",
                "install git (apt-get install git), or write the update time: updated: 2022-02-15T10:00:00+02:00.");
            return null;
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var times = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
            var read = ReadUntilFound(process.StandardOutput, wanted, times);
            if (read)
            {
                // Every article is found: the older history is not needed.
                process.Kill();
            }

            process.WaitForExit();
            if (!read && process.ExitCode != 0)
            {
                diagnostics.Error(location, $"'updated: auto' reads the time of the article's last commit from git, but git says: {error.Result.Trim()}",
                    "build inside the git checkout that holds the input folder, or write the update time: updated: 2022-02-15T10:00:00+02:00.");
                return null;
            }

            return times;
        }
    }

    /// <summary>Reads git's output up to the point where every wanted article has its newest commit; true if it got there.</summary>
    private static bool ReadUntilFound(StreamReader output, HashSet<string> wanted, Dictionary<string, DateTimeOffset> times)
    {
        DateTimeOffset? commit = null;
        var entry = new StringBuilder();
        int character;
        while ((character = output.Read()) >= 0)
        {
            if (character != '\0')
            {
                entry.Append((char)character);
                continue;
            }

            var text = entry.ToString().TrimStart('\n');
            entry.Clear();
            if (text.Length > 0 && text[0] == CommitMark)
            {
                commit = Rfc3339.TryParse(text.AsSpan(1), out var time) == Rfc3339.Reading.Read ? time : null;
                continue;
            }

            var slash = text.IndexOf('/', StringComparison.Ordinal);
            if (commit is not { } committed || slash <= 0)
            {
                continue;
            }

            var slug = Slug.From(text[..slash]);
            if (wanted.Contains(slug) && !times.ContainsKey(slug))
            {
                times[slug] = committed;
                if (times.Count == wanted.Count)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
