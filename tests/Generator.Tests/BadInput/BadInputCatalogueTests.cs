using Generator.Tests.Support;

namespace Generator.Tests.BadInput;

/// <summary>The catalogue itself: large enough, every case distinct, and every case documented.</summary>
[Trait("Category", "Unit")]
public sealed class BadInputCatalogueTests
{
    [Fact]
    public void Catalogue_holds_at_least_forty_distinctly_named_cases()
    {
        Assert.True(BadInputCatalogue.All.Count >= 40, $"The catalogue has {BadInputCatalogue.All.Count} cases.");
        Assert.Equal(BadInputCatalogue.All.Count, BadInputCatalogue.All.Select(c => c.Name).Distinct().Count());
        Assert.All(BadInputCatalogue.All, c => Assert.NotEmpty(c.Expected));
    }

    [Fact]
    public void Every_case_is_listed_in_the_bad_inputs_document()
    {
        var document = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "bad-inputs.md"));

        Assert.All(BadInputCatalogue.All, c => Assert.Contains($"`{c.Name}`", document));
    }
}
