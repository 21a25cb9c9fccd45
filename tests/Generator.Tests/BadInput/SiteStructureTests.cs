namespace Generator.Tests.BadInput;

/// <summary>Files that are fine one by one but not together: clashing or unusable names, dangling references.</summary>
[Trait("Category", "Catalogue")]
public sealed class SiteStructureTests
{
    public static TheoryData<string> Cases =>
        BadInputCatalogue.NamesIn(BadInputCatalogue.Addresses, BadInputCatalogue.References);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Clashing_names_and_dangling_references_fail_with_a_located_error(string name) =>
        BadInputCheck.FailsCleanly(BadInputCatalogue.Named(name));
}
