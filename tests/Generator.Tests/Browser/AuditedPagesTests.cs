namespace Generator.Tests.Browser;

/// <summary>Which pages the axe audit opens: each layout once, and again only for kinds of elements not yet audited.</summary>
[Trait("Category", "Unit")]
public sealed class AuditedPagesTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "generator-tests", Guid.NewGuid().ToString("N"));

    public AuditedPagesTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Page(string name, string layout, string main)
    {
        var file = Path.Combine(_folder, name + ".html");
        File.WriteAllText(file, $"<!DOCTYPE html><html><head><title>{name}</title></head><body class=\"page-{layout}\"><main>{main}</main></body></html>");
        return file;
    }

    [Fact]
    public void Pages_of_one_layout_with_the_same_kinds_of_elements_are_audited_once()
    {
        var first = Page("a", "term", "<h1>Donbas</h1><p class=\"short\">A region.</p>");
        var second = Page("b", "term", "<h1>Lviv</h1><p class=\"short\">A city.</p>");

        Assert.Equal([first], AuditedPages.Choose([first, second]));
    }

    [Fact]
    public void Every_layout_is_audited()
    {
        var home = Page("home", "home", "<h1>Desk</h1>");
        var term = Page("term", "term", "<h1>Donbas</h1>");
        var missing = Page("404", "not-found", "<h1>Desk</h1>");

        Assert.Equal([home, term, missing], AuditedPages.Choose([home, term, missing]));
    }

    [Fact]
    public void A_page_is_audited_for_an_element_or_a_class_no_audited_page_of_its_layout_holds()
    {
        var aliases = Page("aliases", "term", "<h1>Donbas</h1><p class=\"aliases\">Also known as Donbass</p><p class=\"short\">A region.</p>");
        var dated = Page("dated", "term", "<h1>NATO</h1><p class=\"short\">An alliance.</p><p>As of <time>2024</time></p>");
        var plain = Page("plain", "term", "<h1>Lviv</h1><p class=\"short\">A city.</p>");

        Assert.Equal([aliases, dated], AuditedPages.Choose([aliases, dated, plain]));
    }

    [Fact]
    public void A_page_in_a_language_no_audited_page_of_its_layout_is_in_is_audited()
    {
        var english = Page("english", "article", "<h1>Talks</h1>");
        var ukrainian = Path.Combine(_folder, "ukrainian.html");
        File.WriteAllText(ukrainian, "<!DOCTYPE html><html lang=\"uk\"><head><title>uk</title></head><body class=\"page-article\"><main><h1>Переговори</h1></main></body></html>");

        Assert.Equal([english, ukrainian], AuditedPages.Choose([english, ukrainian]));
    }
}
