namespace Generator.Tests.BadInput;

/// <summary>Mistakes in a copy of the theme's layouts, reported at the layout's line like content errors.</summary>
[Trait("Category", "Catalogue")]
public sealed class LayoutErrorTests
{
    public static TheoryData<string> Cases => BadInputCatalogue.NamesIn(BadInputCatalogue.Layouts);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Broken_layout_fails_with_an_error_at_its_line_and_leaves_the_site_unchanged(string name) =>
        BadInputCheck.FailsCleanly(BadInputCatalogue.Named(name));
}
