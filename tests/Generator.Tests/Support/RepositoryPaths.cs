namespace Generator.Tests.Support;

/// <summary>Folders of the repository the tests run in, found from the test assembly's location.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Theme => Path.Combine(Root, "theme");

    public static string SeedInput => Path.Combine(Root, "input");

    /// <summary>Where tests leave files for a reviewer to look at (screenshots, validator reports).</summary>
    public static string TestOutput => Path.Combine(Root, "test-output");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Generator.csproj")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The tests must run inside the repository (no Generator.csproj above " + AppContext.BaseDirectory + ").");
    }
}
