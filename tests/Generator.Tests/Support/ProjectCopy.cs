namespace Generator.Tests.Support;

/// <summary>
/// A copy of the generator's project for a test that publishes or packs it, so the compile never touches the bin/ and
/// obj/ folders other builds of the working tree are using.
/// </summary>
public static class ProjectCopy
{
    /// <summary>What a publish or pack reads: the files at the repository's root (project, lock file, global.json, .editorconfig), src/ and theme/ (embedded as the built-in theme).</summary>
    public static void Make(string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Root))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (var folder in new[] { "src", "theme" })
        {
            var source = Path.Combine(RepositoryPaths.Root, folder);
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var copy = Path.Combine(target, folder, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(file, copy);
            }
        }
    }
}
