using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Generator.Content.Time;
using Generator.Diagnostics;
using Generator.Glossary;
using Generator.Incremental;

namespace Generator.Content;

/// <summary>
/// The first step of a build: reads the input folder (site settings, glossary, articles and their sections, assets)
/// into a validated <see cref="ContentSet"/>. Files are read and parsed in parallel; every problem is collected.
/// </summary>
public static partial class LoadContent
{
    [GeneratedRegex(@"^(?<order>\d+)-(?<name>.+)$")]
    private static partial Regex NumberedName();

    /// <param name="parsed">Files parsed by earlier builds (from the build cache); an unchanged file is not read or parsed again.</param>
    /// <param name="folderStamps">The stamps of the input folder's folders, taken before the build read anything (see
    /// <see cref="FolderStamp"/>): with <paramref name="parsed"/>, a folder unchanged since the last build is not listed
    /// and its files are not stamped again.</param>
    public static ContentSet? Run(string inputFolder, bool includeDrafts, DiagnosticBag diagnostics, ParsedFiles? parsed = null, IReadOnlyDictionary<string, string>? folderStamps = null)
    {
        // Without a trailing separator ("input/" is "input"), so paths inside it compare as root + separator + name.
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(inputFolder));
        if (!Directory.Exists(root))
        {
            diagnostics.Error(SourceLocation.WholeFile(SourceFileReader.DisplayPathOf(root)), "the input folder does not exist",
                "run the build from the project folder, or pass --input <folder>.");
            return null;
        }

        var errorsBefore = diagnostics.ErrorCount;
        var site = ReadSite(root, diagnostics);
        var reading = new Reading(root, diagnostics, parsed, folderStamps);
        var terms = ReadGlossary(reading);
        var (articles, leftOutDrafts) = ReadArticles(reading, includeDrafts, site?.TimeZone ?? SiteTimeZone.Utc);
        var assets = ReadAssets(root, diagnostics);
        return site is null ? null : new ContentSet(site, articles, terms, assets)
        {
            LeftOutDrafts = leftOutDrafts,
            Complete = diagnostics.ErrorCount == errorsBefore,
        };
    }

    private static SiteSettings? ReadSite(string root, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(root, InputFolder.SiteFile);
        if (!File.Exists(path))
        {
            diagnostics.Error(SourceLocation.WholeFile(SourceFileReader.DisplayPathOf(path)), "the site settings file is missing",
                "create input/site.yml with at least 'title: <your site's name>'.");
            return null;
        }

        return Read(path, diagnostics) is { } file ? SiteSettingsReader.Read(file, diagnostics) : null;
    }

    private static IReadOnlyList<Term> ReadGlossary(Reading reading)
    {
        var diagnostics = reading.Diagnostics;
        var folder = Path.Combine(reading.Root, InputFolder.GlossaryFolder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var (paths, unchanged) = reading.Markdown(folder);
        var terms = new Term?[paths.Count];
        Parallel.For(0, paths.Count, index =>
        {
            var slug = Slug.From(Path.GetFileNameWithoutExtension(paths[index]));
            if (slug.Length == 0)
            {
                diagnostics.Error(SourceLocation.WholeFile(SourceFileReader.DisplayPathOf(paths[index])), $"the glossary file name '{Path.GetFileName(paths[index])}' cannot be used as an address",
                    "rename the file after the term, with at least one letter or digit, e.g. normandy-format.md.");
                return;
            }

            terms[index] = reading.Parse(paths[index], $"term {slug}", unchanged, (source, found) => TermReader.Read(source, slug, found), ParsedJson.Default.Term);
        });

        return WithoutDuplicates(terms.OfType<Term>().ToList(), t => t.Slug, t => SourceLocation.StartOf(t.Location.File), "glossary term", diagnostics);
    }

    /// <returns>The articles to publish, newest first, and the drafts left out of them.</returns>
    private static (IReadOnlyList<Article> Published, IReadOnlyList<Article> LeftOutDrafts) ReadArticles(Reading reading, bool includeDrafts, SiteTimeZone zone)
    {
        var diagnostics = reading.Diagnostics;
        var folder = Path.Combine(reading.Root, InputFolder.ArticlesFolder);
        if (!Directory.Exists(folder))
        {
            diagnostics.Warning(SourceLocation.WholeFile(SourceFileReader.DisplayPathOf(folder)), "there is no articles folder, so the site has no articles",
                "create input/articles/<article-slug>/index.md.");
            return ([], []);
        }

        var folders = Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal).ToList();
        var articles = new Article?[folders.Count];
        Parallel.For(0, folders.Count, index => articles[index] = ReadArticle(reading, folders[index]));

        var loaded = WithoutDuplicates(articles.OfType<Article>().ToList(), a => a.Slug, a => SourceLocation.StartOf(a.Standfirst.File.DisplayPath), "article", diagnostics);
        var published = loaded
            .Where(article => includeDrafts || !article.Draft)
            .OrderByDescending(article => zone.InstantOf(article.Date))
            .ThenBy(article => article.Slug, StringComparer.Ordinal)
            .ToList();
        return (published, includeDrafts ? [] : loaded.Where(article => article.Draft).ToList());
    }

    private static Article? ReadArticle(Reading reading, string folder)
    {
        var diagnostics = reading.Diagnostics;
        var slug = Slug.From(Path.GetFileName(folder));
        var indexPath = Path.Combine(folder, InputFolder.ArticleIndexFile);
        if (!File.Exists(indexPath))
        {
            diagnostics.Error(SourceLocation.WholeFile(SourceFileReader.DisplayPathOf(folder)), "the article folder has no index.md",
                "add index.md with the article's front matter (title, date), or remove the folder.");
            return null;
        }

        if (slug.Length == 0 || InputFolder.IsReserved(slug))
        {
            diagnostics.Error(SourceLocation.WholeFile(SourceFileReader.DisplayPathOf(folder)),
                $"the article folder name '{Path.GetFileName(folder)}' cannot be used as an address",
                $"rename the folder; the names {string.Join(", ", InputFolder.ReservedSlugs.Order())} and four-digit years (the date archives) are used by the site itself, and a name needs at least one letter or digit.");
            return null;
        }

        var sections = new List<Section>();
        var (paths, unchanged) = reading.Markdown(folder);
        foreach (var path in paths)
        {
            if (Path.GetFileName(path) == InputFolder.ArticleIndexFile)
            {
                continue;
            }

            var name = Path.GetFileNameWithoutExtension(path);
            var numbered = NumberedName().Match(name);
            int? orderFromName = numbered.Success && int.TryParse(numbered.Groups["order"].Value, out var order) ? order : null;
            var sectionSlug = Slug.From(numbered.Success ? numbered.Groups["name"].Value : name);
            if (sectionSlug.Length == 0)
            {
                diagnostics.Error(SourceLocation.WholeFile(SourceFileReader.DisplayPathOf(path)), $"the section file name '{Path.GetFileName(path)}' cannot be used as an address",
                    "rename it after the section, with at least one letter or digit after its number, e.g. 02-talks-in-berlin.md.");
                continue;
            }

            if (reading.Parse(path, $"section {sectionSlug} {orderFromName}", unchanged, (source, found) => SectionReader.Read(source, sectionSlug, orderFromName, found), ParsedJson.Default.Section) is { } section)
            {
                sections.Add(section);
            }
        }

        sections = WithoutDuplicates(sections, s => s.Slug, s => SourceLocation.StartOf(s.Body.File.DisplayPath), "section", diagnostics);
        sections = WithoutDuplicates(sections, s => s.Order.ToString(System.Globalization.CultureInfo.InvariantCulture),
            s => s.OrderLocation, "section order", diagnostics);

        var ordered = sections.OrderBy(s => s.Order).ThenBy(s => s.Slug, StringComparer.Ordinal).ToList();
        return reading.Parse(indexPath, $"article {slug}", unchanged, (source, found) => ArticleReader.Read(source, slug, found), ParsedJson.Default.Article) is { } article
            ? article with { Sections = ordered }
            : null;
    }

    private static SourceFile? Read(string path, DiagnosticBag diagnostics) =>
        SourceFileReader.Read(path, diagnostics) is { } file ? ControlCharacters.Refuse(file, diagnostics) : null;

    /// <summary>One build's reading of the input folder: where it is, where problems go, and what earlier builds left.</summary>
    private sealed record Reading(string Root, DiagnosticBag Diagnostics, ParsedFiles? Parsed, IReadOnlyDictionary<string, string>? FolderStamps)
    {
        /// <summary>The folder's Markdown files (see <see cref="SortedFiles"/>), and whether the folder is unchanged since
        /// the last build listed it (its files then keep their stamps).</summary>
        public (List<string> Paths, bool Unchanged) Markdown(string folder)
        {
            const string pattern = "*.md";
            IReadOnlyList<(string Path, bool IsLink)> List() => ContainedFile.Enumerate(folder, pattern, recursive: false).ToList();
            if (Parsed is null)
            {
                return (SortedFiles(List(), Root, Diagnostics), false);
            }

            var (files, unchanged) = Parsed.List(folder, pattern, FolderStamps?.GetValueOrDefault(folder), List);
            return (SortedFiles(files, Root, Diagnostics), unchanged);
        }

        /// <summary>Reads and parses one content file, through the files earlier builds parsed when there is a build cache.</summary>
        public T? Parse<T>(string path, string reading, bool inUnchangedFolder, Func<SourceFile, DiagnosticBag, T?> parse, JsonTypeInfo<T> format)
            where T : class =>
            Parsed is null
                ? Read(path, Diagnostics) is { } file ? parse(file, Diagnostics) : null
                : Parsed.Read(path, reading, Diagnostics, Read, parse, format, inUnchangedFolder);
    }

    private static IReadOnlyList<AssetFile> ReadAssets(string root, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(root, InputFolder.AssetsFolder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return SortedFiles(ContainedFile.Enumerate(folder, "*", recursive: true), root, diagnostics)
            .Select(path => new AssetFile(path, Path.GetRelativePath(folder, path).Replace('\\', '/')))
            .ToList();
    }

    /// <summary>
    /// Files in a stable order (file systems list them in any order, and output must not depend on it),
    /// leaving out editors' swap and backup files and refusing symbolic links that lead outside the input folder.
    /// </summary>
    private static List<string> SortedFiles(IEnumerable<(string Path, bool IsLink)> listed, string root, DiagnosticBag diagnostics)
    {
        var files = new List<string>();
        foreach (var (path, isLink) in listed.OrderBy(file => file.Path, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal))
            {
                continue;
            }

            if (isLink && ContainedFile.LeadsOutside(path, root))
            {
                diagnostics.Error(SourceLocation.WholeFile(SourceFileReader.DisplayPathOf(path)), "the file is a link to a place outside the input folder",
                    "copy the file into the input folder instead of linking to it.");
                continue;
            }

            files.Add(path);
        }

        return files;
    }

    /// <summary>
    /// Reports every item whose address (or order) an earlier one already has, and leaves it out, so the build can
    /// go on with one page per address.
    /// </summary>
    private static List<T> WithoutDuplicates<T>(List<T> items, Func<T, string> key, Func<T, SourceLocation> location, string what, DiagnosticBag diagnostics)
    {
        var kept = new List<T>(items.Count);
        foreach (var group in items.GroupBy(key, StringComparer.Ordinal))
        {
            var first = location(group.First());
            kept.Add(group.First());
            foreach (var place in group.Skip(1).Select(location))
            {
                diagnostics.Error(place, $"two {what}s have the same {(what.EndsWith("order", StringComparison.Ordinal) ? "number" : "address")} '{group.Key}' (the other is {first.File})",
                    "rename one of the files (names that differ only in case or punctuation give the same address) or change its order.");
            }
        }

        return kept;
    }
}
