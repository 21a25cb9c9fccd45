using Generator.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.Security;

/// <summary>
/// Issue #8 point 7: a symbolic link in the content or the theme that leads outside its folder is an error at the
/// link, and what it points at is neither read into the site nor published.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class SymbolicLinkTests : IDisposable
{
    private readonly TestSite _site = new();
    private readonly string _secret;

    public SymbolicLinkTests()
    {
        _secret = Path.Combine(_site.Root, "secret.txt");
        File.WriteAllText(_secret, "---\ntitle: Secret\n---\nA private note that must never be published.\n");
    }

    private void AssertRefused(string link, string folderName)
    {
        var result = _site.Build(theme: Directory.Exists(Path.Combine(_site.Root, "theme")) ? Path.Combine(_site.Root, "theme") : null);

        var error = TestSite.SingleError(result);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.EndsWith(Path.GetFileName(link), error.Location.File);
        Assert.Contains($"a link to a place outside the {folderName} folder", error.Message);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void A_section_linked_to_a_file_outside_the_input_folder_is_refused()
    {
        var link = _site.PathOf("articles/story/02-linked.md");
        File.CreateSymbolicLink(link, _secret);

        AssertRefused(link, "input");
    }

    [Fact]
    public void A_theme_asset_linked_to_a_file_outside_the_theme_is_refused()
    {
        var theme = _site.CopyTheme();
        var link = Path.Combine(theme, "assets", "leak.txt");
        File.CreateSymbolicLink(link, _secret);

        AssertRefused(link, "theme");
    }

    [Fact]
    public void A_layout_linked_to_a_file_outside_the_theme_is_refused()
    {
        var theme = _site.CopyTheme();
        var link = Path.Combine(theme, "layouts", "partial.liquid");
        File.CreateSymbolicLink(link, _secret);

        AssertRefused(link, "theme");
    }

    public void Dispose() => _site.Dispose();
}
