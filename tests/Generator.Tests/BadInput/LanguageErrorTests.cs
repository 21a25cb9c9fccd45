namespace Generator.Tests.BadInput;

/// <summary>Languages without strings and strings files with mistakes, reported at their line like content errors.</summary>
[Trait("Category", "Catalogue")]
public sealed class LanguageErrorTests
{
    public static TheoryData<string> Cases => BadInputCatalogue.NamesIn(BadInputCatalogue.Languages);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Language_mistake_fails_with_an_error_at_its_line_and_leaves_the_site_unchanged(string name) =>
        BadInputCheck.FailsCleanly(BadInputCatalogue.Named(name));
}
