using Generator.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.Content;

/// <summary>A list written as one comma-separated value is one item to YAML: the build says so and shows the list to write.</summary>
[Trait("Category", "EndToEnd")]
public sealed class CommaSeparatedListTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private IReadOnlyList<Diagnostic> WarningsFor(string frontMatter)
    {
        _site.Write("articles/story/01-first.md", $"---\ntitle: First\n{frontMatter}---\nThe talks in the Normandy format resumed.\n");
        return _site.BuildSuccessfully().Diagnostics.Where(d => d.Severity == Severity.Warning).ToList();
    }

    [Fact]
    public void Places_written_with_commas_instead_of_a_list_are_a_located_warning_with_the_list_to_write()
    {
        var warning = Assert.Single(WarningsFor("places: Debaltseve, Donetsk, Luhansk\n"));

        Assert.Equal((3, 9), (warning.Location.Line, warning.Location.Column));
        Assert.Equal("'places' holds one item, 'Debaltseve, Donetsk, Luhansk', with commas in it", warning.Message);
        Assert.Contains("write a list: 'places: [Debaltseve, Donetsk, Luhansk]'", warning.Hint);
    }

    [Fact]
    public void A_one_item_list_whose_item_has_commas_is_a_warning_too()
    {
        var warning = Assert.Single(WarningsFor("people:\n  - Macron, Scholz\n"));

        Assert.Equal(4, warning.Location.Line);
        Assert.Contains("'people' holds one item", warning.Message);
    }

    [Fact]
    public void Quoted_items_and_real_lists_with_commas_inside_are_not_warned_about()
    {
        Assert.Empty(WarningsFor("places: \"Washington, D.C.\"\npeople: ['Macron, Emmanuel']\n"));
        Assert.Empty(WarningsFor("places: [Kyiv, Minsk]\npeople:\n  - Macron\n  - Scholz, Olaf\n"));
    }
}
