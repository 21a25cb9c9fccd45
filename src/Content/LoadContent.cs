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
/// Which files there are, and their stamps, come from one <see cref="FolderListing"/> of the input folder: the one the
/// build took to ask whether anything changed, or one made as the folders are first read.
/// </summary>
public static partial class LoadContent
{
    [GeneratedRegex(@"^(?<order>\d+)-(?<name>.+)$")]
    private static partial Regex NumberedName();

    /// <param name="parsed">Files parsed by earlier builds (from the build cache); an unchanged file is not read or parsed again.</param>
    /// <param name="listing">The input folder as the build listed it before reading anything; by default, listed now.</param>
    public static ContentSet? Run(string inputFolder, bool includeDrafts, DiagnosticBag diagnostics, ParsedFiles? parsed = null, FolderListing? listing = null)
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
        var input = new ListedFolders(root, listing ?? new FolderListing(), diagnostics);
        var site = ReadSite(root, diagnostics);
        var terms = ReadGlossary(input, diagnostics, parsed);
        var (articles, leftOutDrafts) = ReadArticles(input, includeDrafts, site?.TimeZone ?? SiteTimeZone.Utc, diagnostics, parsed);
        var assets = ReadAssets(input);
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

    private static IReadOnlyList<Term> ReadGlossary(ListedFolders input, DiagnosticBag diagnostics, ParsedFiles? parsed)
    {
        var folder = Path.Combine(input.Root, InputFolder.GlossaryFolder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var files = input.SortedFiles(folder, "*.md");
        var terms = new Term?[files.Count];
        Parallel.For(0, files.Count, index =>
        {
            var path = files[index].Path;
            var slug = Slug.From(Path.GetFileNameWithoutExtension(path));
            if (slug.Length == 0)
            {
                diagnostics.Error(SourceLocation.WholeFile(SourceFileReader.DisplayPathOf(path)), $"the glossary file name '{Path.GetFileName(path)}' cannot be used as an address",
                    "rename the file after the term, with at least one letter or digit, e.g. normandy-format.md.");
                return;
            }

            terms[index] = ReadAndParse(files[index], $"term {slug}", diagnostics, parsed, (source, found) => TermReader.Read(source, slug, found), ParsedJson.Default.Term);
        });

        return WithoutDuplicates(terms.OfType<Term>().ToList(), t => t.Slug, t => SourceLocation.StartOf(t.Location.File), "glossary term", diagnostics);
    }

    /// <returns>The articles to publish, newest first, and the drafts left out of them.</returns>
    private static (IReadOnlyList<Article> Published, IReadOnlyList<Article> LeftOutDrafts) ReadArticles(ListedFolders input, bool includeDrafts, SiteTimeZone zone, DiagnosticBag diagnostics, ParsedFiles? parsed)
    {
        var folder = Path.Combine(input.Root, InputFolder.ArticlesFolder);
        if (!Directory.Exists(folder))
        {
            diagnostics.Warning(SourceLocation.WholeFile(SourceFileReader.DisplayPathOf(folder)), "there is no articles folder, so the site has no articles",
                "create input/articles/<article-slug>/index.md.");
            return ([], []);
        }

        var folders = input.SubFolders(folder);
        var articles = new Article?[folders.Count];
        Parallel.For(0, folders.Count, index => articles[index] = ReadArticle(input, folders[index], diagnostics, parsed));

        var loaded = WithoutDuplicates(articles.OfType<Article>().ToList(), a => a.Slug, a => SourceLocation.StartOf(a.Standfirst.File.DisplayPath), "article", diagnostics);
        var published = loaded
            .Where(article => includeDrafts || !article.Draft)
            .OrderByDescending(article => zone.InstantOf(article.Date))
            .ThenBy(article => article.Slug, StringComparer.Ordinal)
            .ToList();
        return (published, includeDrafts ? [] : loaded.Where(article => article.Draft).ToList());
    }

    private static Article? ReadArticle(ListedFolders input, string folder, DiagnosticBag diagnostics, ParsedFiles? parsed)
    {
        var slug = Slug.From(Path.GetFileName(folder));
        var files = input.SortedFiles(folder, "*.md");
        var index = files.Find(file => Path.GetFileName(file.Path) == InputFolder.ArticleIndexFile);
        if (index is null)
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
        foreach (var file in files)
        {
            var path = file.Path;
            if (file == index)
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

            if (ReadSection(file, sectionSlug, orderFromName, diagnostics, parsed) is { } section)
            {
                sections.Add(section);
            }
        }

        sections = WithoutDuplicates(sections, s => s.Slug, s => SourceLocation.StartOf(s.Body.File.DisplayPath), "section", diagnostics);
        sections = WithoutDuplicates(sections, s => s.Order.ToString(System.Globalization.CultureInfo.InvariantCulture),
            s => s.OrderLocation, "section order", diagnostics);

        var ordered = sections.OrderBy(s => s.Order).ThenBy(s => s.Slug, StringComparer.Ordinal).ToList();
        return ReadAndParse(index, $"article {slug}", diagnostics, parsed, (source, found) => ArticleReader.Read(source, slug, found), ParsedJson.Default.Article) is { } article
            ? article with { Sections = ordered }
            : null;
    }

    private static SourceFile? Read(string path, DiagnosticBag diagnostics) =>
        SourceFileReader.Read(path, diagnostics) is { } file ? ControlCharacters.Refuse(file, diagnostics) : null;

    private static Section? ReadSection(ListedFile file, string slug, int? orderFromName, DiagnosticBag diagnostics, ParsedFiles? parsed) =>
        ReadAndParse(file, $"section {slug} {orderFromName}", diagnostics, parsed, (source, found) => SectionReader.Read(source, slug, orderFromName, found), ParsedJson.Default.Section);

    /// <summary>Reads and parses one content file, through the files earlier builds parsed when there is a build cache.</summary>
    private static T? ReadAndParse<T>(ListedFile listed, string reading, DiagnosticBag diagnostics, ParsedFiles? parsed, Func<SourceFile, DiagnosticBag, T?> parse, JsonTypeInfo<T> format)
        where T : class =>
        parsed is null
            ? Read(listed.Path, diagnostics) is { } file ? parse(file, diagnostics) : null
            : parsed.Read(listed.Path, listed.Stamp, reading, diagnostics, Read, parse, format);

    private static IReadOnlyList<AssetFile> ReadAssets(ListedFolders input)
    {
        var folder = Path.Combine(input.Root, InputFolder.AssetsFolder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return input.SortedFiles(folder, "*", recursive: true)
            .Select(file => new AssetFile(file.Path, Path.GetRelativePath(folder, file.Path).Replace('\\', '/')))
            .ToList();
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
