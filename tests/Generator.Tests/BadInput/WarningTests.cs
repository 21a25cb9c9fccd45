namespace Generator.Tests.BadInput;

/// <summary>Inputs that are valid but almost certainly a mistake: the site is built, and a located warning says why.</summary>
[Trait("Category", "Catalogue")]
public sealed class WarningTests
{
    public static TheoryData<string> Cases => BadInputCatalogue.NamesIn(BadInputCatalogue.Warnings);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Suspicious_input_builds_with_a_located_warning(string name) =>
        BadInputCheck.BuildsWithWarning(BadInputCatalogue.Named(name));
}
