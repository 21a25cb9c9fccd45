namespace Generator.Benchmarks;

/// <summary>
/// A corpus as a bare Hugo site, for the side-by-side benchmark: the same Markdown files, each article folder a Hugo
/// section (its <c>index.md</c> the section's <c>_index.md</c>, its section files the section's pages), the glossary's
/// terms pages of their own, and one-line layouts that write a page's title and content (a list also links its pages).
/// Taxonomies, RSS and the sitemap are off and raw HTML is Markdown's, so Hugo renders the Markdown and nothing else:
/// no term linking, notes, feeds, search index, cards or link checks. Kept beside the corpus (under bench/.corpora/) and
/// made once.
/// </summary>
internal static class HugoSite
{
    private const string Configuration = """
        baseURL = "https://example.org/"
        title = "Archive"
        disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
        [markup.goldmark.renderer]
          unsafe = true
        """;

    private const string Single = "<!doctype html><title>{{ .Title }}</title><h1>{{ .Title }}</h1>{{ .Content }}\n";

    private const string List = "<!doctype html><title>{{ .Title }}</title><h1>{{ .Title }}</h1>{{ .Content }}<ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>\n";

    /// <summary>The Hugo site of the corpus whose input folder is <paramref name="input"/>, written first if it is not there yet.</summary>
    public static string Of(string input)
    {
        var folder = Path.Combine(Path.GetDirectoryName(input)!, "hugo");
        if (Directory.Exists(folder))
        {
            return folder;
        }

        // Written aside and moved in one step, so an interrupted run never leaves half a site to be measured later.
        var partial = folder + ".partial-" + Guid.NewGuid().ToString("N");
        Console.WriteLine($"Writing the Hugo copy of {input} into {folder} ...");
        Write(Path.Combine(partial, "hugo.toml"), Configuration);
        Write(Path.Combine(partial, "layouts", "_default", "single.html"), Single);
        Write(Path.Combine(partial, "layouts", "_default", "list.html"), List);
        Write(Path.Combine(partial, "layouts", "index.html"), List);
        foreach (var article in Directory.EnumerateDirectories(Path.Combine(input, "articles")))
        {
            var section = Path.Combine(partial, "content", "articles", Path.GetFileName(article));
            foreach (var file in Directory.EnumerateFiles(article, "*.md"))
            {
                Copy(file, Path.Combine(section, Path.GetFileName(file) == "index.md" ? "_index.md" : Path.GetFileName(file)));
            }
        }

        var glossary = Path.Combine(input, "glossary");
        foreach (var term in Directory.Exists(glossary) ? Directory.EnumerateFiles(glossary, "*.md") : [])
        {
            Copy(term, Path.Combine(partial, "content", "glossary", Path.GetFileName(term)));
        }

        Directory.Move(partial, folder);
        return folder;
    }

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static void Copy(string source, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(source, target);
    }
}
