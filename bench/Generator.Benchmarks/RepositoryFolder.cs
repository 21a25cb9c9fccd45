namespace Generator.Benchmarks;

/// <summary>The repository the benchmark runs in, found from the benchmark's own location, whatever the working directory.</summary>
internal static class RepositoryFolder
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Generator.csproj")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The benchmark must run inside the repository (no Generator.csproj above " + AppContext.BaseDirectory + ").");
    }
}
