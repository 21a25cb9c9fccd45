using Generator.Cli;
using Generator.Serving;
using Generator.Tests.Support;

namespace Generator.Tests.Cli;

/// <summary><c>init &lt;folder&gt;</c> creates a site that builds at once, with no warning, and the files to deploy it.</summary>
[Trait("Category", "EndToEnd")]
public sealed class InitCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "generator-tests", "init-" + Guid.NewGuid().ToString("N"));

    public InitCommandTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Site => Path.Combine(_root, "city-desk");

    /// <summary><c>init city-desk</c> as run in the parent folder, in this process: the new folder is named by its absolute path.</summary>
    private GeneratorProcess.Outcome Init() => GeneratorInProcess.RunCommand(_root, "init", Site);

    [Fact]
    public void Init_creates_a_site_that_builds_strictly_with_no_warning()
    {
        var init = Init();
        var build = GeneratorInProcess.Run(Site, "--strict", "--theme", RepositoryPaths.Theme);

        Assert.Equal(0, init.ExitCode);
        Assert.Equal("", init.Error);
        Assert.Equal(0, build.ExitCode);
        Assert.Equal("", build.Error);
        Assert.Contains("(1 article, 3 terms, ", build.Output, StringComparison.Ordinal);
        var article = TestSite.ParsePage(Path.Combine(Site, "site", "welcome", "index.html"));
        Assert.Equal(2, article.QuerySelectorAll("section.article-section").Length);
        Assert.Equal(3, article.QuerySelectorAll("aside.sidenote").Length);
        Assert.Equal(["byline", "dateline", "lede"], article.QuerySelectorAll("a.term-link").Select(link => link.GetAttribute("href")!.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1]).Distinct().Order());
        Assert.Contains("title: \"City Desk\"", File.ReadAllText(Path.Combine(Site, "input", "site.yml")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Site, "site", "_headers")));
    }

    [Fact]
    public void Init_writes_the_files_to_deploy_with_that_install_this_version_of_the_tool()
    {
        Init();

        var install = $"tool install --global {ToolPackage.Id} --version {ToolPackage.Version}";
        var workflow = File.ReadAllText(Path.Combine(Site, ".github", "workflows", "pages.yml"));
        Assert.Contains(install, workflow, StringComparison.Ordinal);
        Assert.Contains($"run: {ToolPackage.Command} --strict --base-url \"${{{{ steps.pages.outputs.base_url }}}}/\"", workflow, StringComparison.Ordinal);
        Assert.Contains($"tool install --tool-path \\\"$HOME/.dotnet-tools\\\" {ToolPackage.Id} --version {ToolPackage.Version}", File.ReadAllText(Path.Combine(Site, "netlify.toml")), StringComparison.Ordinal);
        Assert.Contains("site/", File.ReadAllLines(Path.Combine(Site, ".gitignore")));
        Assert.DoesNotContain('%', workflow);
    }

    [Fact]
    public void The_new_site_starts_with_the_security_headers_of_this_repository()
    {
        Init();

        var repository = HostingHeaders.Load(Path.Combine(RepositoryPaths.Root, "netlify.toml")).Rules;
        var site = HostingHeaders.Load(Path.Combine(Site, "netlify.toml")).Rules;

        Assert.NotEmpty(repository);
        Assert.Equal(repository.Select(rule => (rule.Pattern, string.Join("\n", rule.Headers))), site.Select(rule => (rule.Pattern, string.Join("\n", rule.Headers))));
    }

    [Fact]
    public void Init_refuses_a_folder_that_is_not_empty()
    {
        Directory.CreateDirectory(Site);
        File.WriteAllText(Path.Combine(Site, "notes.txt"), "Mine.\n");

        var outcome = Init();

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("error: city-desk is not empty", outcome.Error, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(Site).Select(Path.GetFileName));
    }

    [Fact]
    public void Init_accepts_a_folder_with_only_a_fresh_git_repository()
    {
        Directory.CreateDirectory(Path.Combine(Site, ".git"));

        var outcome = Init();

        Assert.Equal(0, outcome.ExitCode);
        Assert.True(File.Exists(Path.Combine(Site, "input", "site.yml")));
    }
}
