using System.Globalization;
using System.Reflection;

namespace Generator.Content;

/// <summary>
/// <c>init &lt;folder&gt;</c>: a working site in an empty folder, without a question asked: <c>input/</c> with
/// <c>site.yml</c> (the title from the folder's name), one short sample article with two sections, notes and three
/// glossary terms, a <c>.gitignore</c>, a <c>netlify.toml</c> and a GitHub Pages workflow that install the tool and
/// build. The files are embedded from <c>src/Content/Starter/</c>; it builds with no warning as it is.
/// </summary>
public static class StarterSite
{
    private const string ResourcePrefix = "Generator.Starter/";

    /// <summary>The repository's netlify.toml, whose <c>[[headers]]</c> are the security headers a new site starts with.</summary>
    private const string HostingResource = "Generator.Hosting.netlify.toml";

    /// <param name="tool">How the site's build installs and runs the generator.</param>
    /// <returns>The files written, by their path in the folder.</returns>
    /// <exception cref="ScaffoldException">The folder has files in it already.</exception>
    public static IReadOnlyList<string> Create(string folder, DateOnly today, ToolInstall tool)
    {
        var root = Path.GetFullPath(folder);
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any(entry => Path.GetFileName(entry) != ".git"))
        {
            throw new ScaffoldException($"{SourceFileReader.DisplayPathOf(root)} is not empty",
                "init starts a site in a new or empty folder (a fresh git repository is fine); name a new folder, e.g. 'init my-desk'.");
        }

        var slug = Slug.From(Path.GetFileName(Path.TrimEndingDirectorySeparator(root)));
        slug = slug.Length > 0 ? slug : "news";
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["%TITLE%"] = TitleOf(slug),
            ["%SLUG%"] = slug,
            ["%DATE%"] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["%PACKAGE%"] = tool.PackageId,
            ["%VERSION%"] = tool.Version,
            ["%COMMAND%"] = tool.Command,
            ["%HEADERS%"] = SecurityHeaders(),
        };

        var assembly = typeof(StarterSite).Assembly;
        var written = new List<string>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var path = TargetPath(resource[ResourcePrefix.Length..]);
            var text = values.Aggregate(Read(assembly, resource), (current, value) => current.Replace(value.Key, value.Value, StringComparison.Ordinal));
            var target = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, text);
            written.Add(path);
        }

        return written;
    }

    /// <summary>How a site's build gets the generator: the tool package, its version and its command.</summary>
    public sealed record ToolInstall(string PackageId, string Version, string Command);

    /// <summary>Dot-files are stored without their dot, so the repository's own git does not read them.</summary>
    private static string TargetPath(string stored) => stored switch
    {
        "gitignore" => ".gitignore",
        _ when stored.StartsWith("github/", StringComparison.Ordinal) => "." + stored,
        _ => stored,
    };

    /// <summary>"city-desk" → "City Desk".</summary>
    private static string TitleOf(string slug) =>
        string.Join(' ', slug.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(word => char.ToUpperInvariant(word[0]) + word[1..]));

    /// <summary>The repository's netlify.toml from its first <c>[[headers]]</c> block to its end.</summary>
    private static string SecurityHeaders()
    {
        var hosting = Read(typeof(StarterSite).Assembly, HostingResource);
        var start = hosting.IndexOf("\n[[headers]]", StringComparison.Ordinal);
        return start < 0 ? "" : hosting[(start + 1)..].TrimEnd('\n');
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return SourceFileReader.NormaliseLineEndings(reader.ReadToEnd());
    }
}
