namespace Generator.Tests.BadInput;

/// <summary>Broken YAML, empty files and bytes that are not UTF-8: see <see cref="BadInputCatalogue"/> for the cases.</summary>
[Trait("Category", "Catalogue")]
public sealed class FrontMatterSyntaxTests
{
    public static TheoryData<string> Cases =>
        BadInputCatalogue.NamesIn(BadInputCatalogue.MalformedYaml, BadInputCatalogue.EmptyFiles, BadInputCatalogue.TextEncoding);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Unreadable_file_fails_the_build_with_a_located_error_and_leaves_the_site_unchanged(string name) =>
        BadInputCheck.FailsCleanly(BadInputCatalogue.Named(name));
}
