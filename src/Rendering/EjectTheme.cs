using Generator.Content;

namespace Generator.Rendering;

/// <summary>
/// <c>theme eject [file]</c>: copies built-in theme files into the site's theme folder, where the build takes them
/// instead of the built-in ones, so an editor starts customising from the real file. A file already in the folder is
/// the editor's work: it is never replaced unless asked.
/// </summary>
public static class EjectTheme
{
    public sealed record Outcome(IReadOnlyList<string> Copied, IReadOnlyList<string> Kept);

    /// <param name="file">A built-in file by its path (<c>layouts/article.liquid</c>) or its name (<c>article.liquid</c>, <c>site.css</c>); null for all of them.</param>
    /// <exception cref="ScaffoldException">The file is not in the built-in theme, or is in the folder already.</exception>
    public static Outcome Run(string themeFolder, string? file, bool replace)
    {
        var names = file is null ? BuiltInTheme.Files : [Resolve(file)];
        var copied = new List<string>();
        var kept = new List<string>();
        foreach (var name in names)
        {
            var target = Path.Combine(themeFolder, name);
            var shown = SourceFileReader.DisplayPathOf(Path.GetFullPath(target));
            if (File.Exists(target) && !replace)
            {
                if (file is not null)
                {
                    throw new ScaffoldException($"{shown} exists already", "edit it, or pass --force to replace it with the built-in file.");
                }

                kept.Add(shown);
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, BuiltInTheme.Read(name));
            copied.Add(shown);
        }

        return new Outcome(copied, kept);
    }

    private static string Resolve(string file)
    {
        var path = file.Replace('\\', '/').TrimStart('/');
        path = path.StartsWith("theme/", StringComparison.Ordinal) ? path["theme/".Length..] : path;
        if (BuiltInTheme.Contains(path))
        {
            return path;
        }

        var byName = BuiltInTheme.Files.Where(name => name.EndsWith("/" + path, StringComparison.Ordinal)
            || name == $"layouts/{path}.liquid").ToList();
        return byName.Count == 1
            ? byName[0]
            : throw new ScaffoldException($"the built-in theme has no file '{file}'", $"the built-in files are: {string.Join(", ", BuiltInTheme.Files)}.");
    }
}
