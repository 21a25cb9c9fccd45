using System.Globalization;
using System.Text.RegularExpressions;

namespace Generator.Content;

/// <summary>
/// Creates new content files with the front matter skeleton of their kind, so editors start from the contract
/// instead of from memory: an article, the next section of an article, a glossary term.
/// </summary>
public static partial class ContentScaffold
{
    [GeneratedRegex(@"^(?<order>\d+)-")]
    private static partial Regex OrderPrefix();

    public sealed record Created(string Path, string NextStep);

    /// <exception cref="ScaffoldException">The file exists already, or the article to add to does not.</exception>
    public static Created Article(string inputFolder, string name, string title, DateOnly today)
    {
        var slug = RequireSlug(name);
        var folder = Path.Combine(inputFolder, InputFolder.ArticlesFolder, slug);
        var index = Path.Combine(folder, InputFolder.ArticleIndexFile);
        if (Directory.Exists(folder))
        {
            throw new ScaffoldException($"the article '{slug}' exists already ({SourceFileReader.DisplayPathOf(folder)})", "choose another slug, or add a section to it with 'new section'.");
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(index, $"---\ntitle: {Quote(title)}\ndek:\nbyline:\ndate: {today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\ntags: []\ndraft: true\n---\n");
        return new Created(SourceFileReader.DisplayPathOf(index),
            $"It is a draft: 'serve' shows it, marked Draft (a build leaves it out without --drafts); add sections with 'new section {slug} \"Title\"', and set draft: false to publish.");
    }

    public static Created Section(string inputFolder, string articleSlug, string title)
    {
        var folder = Path.Combine(inputFolder, InputFolder.ArticlesFolder, articleSlug);
        if (!File.Exists(Path.Combine(folder, InputFolder.ArticleIndexFile)))
        {
            var articles = Path.Combine(inputFolder, InputFolder.ArticlesFolder);
            IEnumerable<string?> existing = Directory.Exists(articles)
                ? Directory.EnumerateDirectories(articles).Select(Path.GetFileName).Order(StringComparer.Ordinal)
                : [];
            throw new ScaffoldException($"there is no article '{articleSlug}'", $"the articles are: {string.Join(", ", existing)}; create one with 'new article <slug> \"Title\"'.");
        }

        var next = Directory.EnumerateFiles(folder, "*.md")
            .Select(path => OrderPrefix().Match(Path.GetFileName(path)))
            .Where(match => match.Success)
            .Select(match => int.Parse(match.Groups["order"].Value, CultureInfo.InvariantCulture))
            .DefaultIfEmpty(0)
            .Max() + 1;
        var slug = RequireSlug(title);
        var path = Path.Combine(folder, $"{next:00}-{slug}.md");
        File.WriteAllText(path, $"---\ntitle: {Quote(title)}\ndateline:\npeople: []\nplaces: []\nnotes: []\n---\n");
        return new Created(SourceFileReader.DisplayPathOf(path), "Write the section's prose below the front matter.");
    }

    public static Created Term(string inputFolder, string name)
    {
        var slug = RequireSlug(name);
        var path = Path.Combine(inputFolder, InputFolder.GlossaryFolder, slug + ".md");
        if (File.Exists(path))
        {
            throw new ScaffoldException($"the term '{slug}' exists already ({SourceFileReader.DisplayPathOf(path)})", "edit that file, or add the new name to its aliases.");
        }

        if (TermNamed(inputFolder, name) is { } existing)
        {
            throw new ScaffoldException($"'{name}' is already the name or an alias of the glossary term '{existing.Name}' ({existing.Location.File})",
                "edit that term; two terms with one name would make the build fail, since prose could link to either.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, $"---\nterm: {Quote(name)}\naliases: []\nshort:\n---\n");
        return new Created(SourceFileReader.DisplayPathOf(path), "Write its 'short' definition (one plain sentence) and the long one below the front matter; the build requires 'short'.");
    }

    /// <summary>The glossary term that already has <paramref name="name"/> as its name, an alias or a plural, matched as prose is.</summary>
    private static Glossary.Term? TermNamed(string inputFolder, string name)
    {
        var folder = Path.Combine(inputFolder, InputFolder.GlossaryFolder);
        if (!Directory.Exists(folder))
        {
            return null;
        }

        // Files with mistakes are the build's to report; here they only cannot claim a name.
        var ignored = new Diagnostics.DiagnosticBag();
        var terms = Directory.EnumerateFiles(folder, "*.md")
            .Select(path => SourceFileReader.Read(path, ignored) is { } file ? Glossary.TermReader.Read(file, Slug.From(Path.GetFileNameWithoutExtension(path)), ignored) : null)
            .OfType<Glossary.Term>()
            .ToList();
        return new Glossary.GlossaryIndex(terms, ignored).FindByName(name);
    }

    private static string RequireSlug(string name)
    {
        var slug = Slug.From(name);
        return slug.Length > 0 && !InputFolder.IsReserved(slug)
            ? slug
            : throw new ScaffoldException($"'{name}' does not make an address", $"use a name with at least one letter or digit, other than {string.Join(", ", InputFolder.ReservedSlugs.Order())} and a four-digit year.");
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
