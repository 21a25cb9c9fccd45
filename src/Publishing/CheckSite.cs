using Generator.Diagnostics;
using Generator.Rendering;

namespace Generator.Publishing;

/// <summary>
/// The checks that need the finished site, run before it is written: every internal <c>href</c> and <c>src</c>
/// resolves to a file of the site, every <c>#fragment</c> to an element id, every page is reachable from the front
/// page, every image has alternative text. Problems are warnings (errors with --strict), reported at the content file
/// the page came from.
/// </summary>
public static class CheckSite
{
    private const string FrontPage = "index.html";

    /// <summary>The page with its facts read, when it is HTML and does not bring them (see <see cref="Page.Facts"/>).</summary>
    public static Page WithFacts(Page page, SharedStrings shared) =>
        page.Facts is not null || !page.OutputPath.EndsWith(".html", StringComparison.Ordinal) ? page : page with { Facts = PageFacts.Read(page.Utf8, shared) };

    /// <param name="pages">The pages, each HTML page with its <see cref="Page.Facts"/> (see <see cref="WithFacts"/>).</param>
    /// <param name="remembered">The last clean check (kept with the build cache): the check is not run again when it
    /// would read what that one read, and records whether this one found nothing.</param>
    /// <returns>Whether the check ran: false when <paramref name="remembered"/> vouched for the same input.</returns>
    public static bool Run(IReadOnlyList<Page> pages, IReadOnlyCollection<string> otherFiles, string basePath, DiagnosticBag diagnostics, CleanLinkCheck? remembered = null)
    {
        var input = remembered is null ? null : InputOf(pages, basePath);
        var files = new HashSet<string>(otherFiles, StringComparer.Ordinal);
        files.UnionWith(pages.Select(p => p.OutputPath));
        if (input is not null && remembered!.Passed(input, files))
        {
            return false;
        }

        var found = diagnostics.CreateEmpty();
        var targets = Check(pages, files, basePath, found);
        var problems = found.Sorted();
        diagnostics.AddRange(problems);
        remembered?.Record(input!, problems.Count == 0 ? targets : null);
        return true;
    }

    /// <summary>
    /// The fingerprint of what the check reads of the pages: the generator, the base path, and each HTML page's address,
    /// whether it is a redirect, its ids, links and images without alt text, in address order (not the order the build
    /// made them in). The other files are not part of it: of them, a clean check depends only on the ones its links
    /// led to still being there (<see cref="CleanLinkCheck"/>). Where a problem would be reported (the page's source
    /// files) is not part of it either: only an input with no problems is ever remembered.
    /// </summary>
    public static string InputOf(IReadOnlyList<Page> pages, string basePath)
    {
        var fingerprint = new Incremental.Fingerprint().Add(Incremental.GeneratorVersion.Current).Add(basePath);
        foreach (var page in pages.Where(page => page.Facts is not null).OrderBy(page => page.OutputPath, StringComparer.Ordinal))
        {
            fingerprint.Add(page.OutputPath).Add(page.IsRedirect ? 1 : 0).Add(page.Facts!.Fingerprint);
        }

        return fingerprint.Finish();
    }

    /// <returns>Every file of the site a link led to.</returns>
    private static HashSet<string> Check(IReadOnlyList<Page> pages, HashSet<string> files, string basePath, DiagnosticBag diagnostics)
    {
        var prefix = basePath.TrimEnd('/');
        var parsed = pages
            .Where(p => p.Facts is not null)
            .Select(p => (Page: p, p.Facts!.Ids, p.Facts.Links, p.Facts.ImagesWithoutAlt))
            .ToList();
        var idsByPage = parsed.ToDictionary(p => p.Page.OutputPath, p => p.Ids, StringComparer.Ordinal);
        // A page's ids as a set, made the first time a link names one of them.
        var idSets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);

        var reachable = new HashSet<string>(StringComparer.Ordinal);
        var linksByPage = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        // Most addresses are root-relative and recur on every page (a term's page, the glossary): judged once each.
        var rootRelative = new Dictionary<string, LinkVerdict>(StringComparer.Ordinal);
        LinkVerdict Judge(string link, string fromPage)
        {
            if (Resolve(link, fromPage, prefix) is not { } target)
            {
                return new LinkVerdict(null, null);
            }

            if (!files.Contains(target.File))
            {
                var nearest = LinkHints.NearestAddress(target.File.EndsWith("index.html", StringComparison.Ordinal) ? target.File[..^"index.html".Length] : target.File, files);
                return new LinkVerdict(null, ($"links to {link}, which is not a file of the site",
                    nearest is null
                        ? "fix the address in the content or layout, or add the missing file under input/assets/."
                        : prefix.Length == 0
                            ? $"did you mean {nearest}? Fix the address in the content or layout, or add the missing file under input/assets/."
                            : $"did you mean {nearest}? (Addresses in content are written without the base path.) Fix the address in the content or layout, or add the missing file under input/assets/."));
            }

            if (target.Fragment is not { } fragment || !idsByPage.TryGetValue(target.File, out var targetIds) || IdsOf(target.File, targetIds).Contains(fragment))
            {
                return new LinkVerdict(target.File, null);
            }

            var closest = LinkHints.NearestIds(fragment, targetIds);
            return new LinkVerdict(target.File, ($"links to {link}, but {target.File} has no element with id '{fragment}'",
                closest.Count == 0
                    ? "fix the #fragment: it must be the id of an element on the target page, and that page has none."
                    : $"fix the #fragment: it must be the id of an element on the target page; the closest it has are {string.Join(", ", closest.Select(id => $"'#{id}'"))}."));
        }

        HashSet<string> IdsOf(string file, IReadOnlyList<string> ids)
        {
            if (!idSets.TryGetValue(file, out var set))
            {
                idSets[file] = set = new HashSet<string>(ids, StringComparer.Ordinal);
            }

            return set;
        }

        foreach (var (page, ids, links, imagesWithoutAlt) in parsed)
        {
            var targets = new List<string>();
            foreach (var (link, section) in links)
            {
                LinkVerdict verdict;
                if (!link.StartsWith('/') || link.StartsWith("//", StringComparison.Ordinal))
                {
                    verdict = Judge(link, page.OutputPath);
                }
                else if (!rootRelative.TryGetValue(link, out verdict))
                {
                    rootRelative[link] = verdict = Judge(link, page.OutputPath);
                }

                if (verdict.Problem is (var problem, var hint))
                {
                    Report(diagnostics, page, problem, hint, link, section);
                }

                if (verdict.File is { } file)
                {
                    targets.Add(file);
                }
            }

            linksByPage[page.OutputPath] = targets;
            if (imagesWithoutAlt > 0)
            {
                Report(diagnostics, page, $"has {imagesWithoutAlt} image(s) without alt text", "give every photo an 'alt' describing it.");
            }
        }

        Visit(FrontPage, linksByPage, reachable);
        foreach (var (page, _, _, _) in parsed.Where(p => !reachable.Contains(p.Page.OutputPath) && p.Page.OutputPath != "404.html" && !p.Page.IsRedirect))
        {
            Report(diagnostics, page, "cannot be reached from the front page by following links", "link to it from the front page, an article or the glossary.");
        }

        return [.. linksByPage.Values.SelectMany(targets => targets)];
    }

    private static void Visit(string start, Dictionary<string, List<string>> links, HashSet<string> reachable)
    {
        var pending = new Stack<string>([start]);
        while (pending.TryPop(out var page))
        {
            if (reachable.Add(page) && links.TryGetValue(page, out var targets))
            {
                foreach (var target in targets)
                {
                    if (!reachable.Contains(target))
                    {
                        pending.Push(target);
                    }
                }
            }
        }
    }

    /// <summary>The output file and fragment an internal address points to; null for external addresses.</summary>
    private static (string File, string? Fragment)? Resolve(string link, string fromPage, string prefix)
    {
        if (link.Length == 0 || link.StartsWith("//", StringComparison.Ordinal) || link.Contains(':', StringComparison.Ordinal) && !link.StartsWith('/') && !link.StartsWith('#'))
        {
            return null;
        }

        var hash = link.IndexOf('#');
        var fragment = hash >= 0 ? Uri.UnescapeDataString(link[(hash + 1)..]) : null;
        var path = (hash >= 0 ? link[..hash] : link).Split('?')[0];
        string file;
        if (path.Length == 0)
        {
            file = fromPage;
        }
        else if (path.StartsWith('/'))
        {
            file = Uri.UnescapeDataString(prefix.Length > 0 && path.StartsWith(prefix + "/", StringComparison.Ordinal) ? path[prefix.Length..] : path).TrimStart('/');
        }
        else
        {
            var folder = Path.GetDirectoryName(fromPage)?.Replace('\\', '/') ?? "";
            file = Path.GetRelativePath(".", Path.Combine(folder, Uri.UnescapeDataString(path))).Replace('\\', '/');
        }

        if (file.Length == 0 || file.EndsWith('/'))
        {
            file += "index.html";
        }

        return (file, string.IsNullOrEmpty(fragment) ? null : fragment);
    }

    private static void Report(DiagnosticBag diagnostics, Page page, string problem, string hint, string? link = null, string? section = null) =>
        diagnostics.Warning(Locate(page, link, section), $"the page {page.OutputPath} {problem}", hint);

    /// <summary>
    /// Where the editor wrote the address: in the section's file when the link is in a section's prose or front matter,
    /// at the first line that has it; otherwise the page's own source file.
    /// </summary>
    private static SourceLocation Locate(Page page, string? link, string? section)
    {
        var file = section is not null && page.SectionSources.TryGetValue(section, out var sectionFile) ? sectionFile : page.SourceFile;
        if (link is null || !File.Exists(file))
        {
            return SourceLocation.WholeFile(file);
        }

        var text = Content.SourceFileReader.NormaliseLineEndings(File.ReadAllText(file));
        var at = text.IndexOf(link, StringComparison.Ordinal);
        if (at < 0)
        {
            return SourceLocation.WholeFile(file);
        }

        var (line, column) = TextPosition.Of(text, at);
        return new SourceLocation(file, line, column);
    }

    /// <summary>What checking one address found: the file it leads to (null for an external or missing one), and a problem to report.</summary>
    private readonly record struct LinkVerdict(string? File, (string Message, string Hint)? Problem);
}
