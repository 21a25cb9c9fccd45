namespace Generator.Tests.BadInput;

/// <summary>Well-formed YAML that breaks the content format: wrong types, missing and unknown keys.</summary>
[Trait("Category", "Catalogue")]
public sealed class FrontMatterSchemaTests
{
    public static TheoryData<string> Cases =>
        BadInputCatalogue.NamesIn(BadInputCatalogue.WrongTypes, BadInputCatalogue.MissingKeys, BadInputCatalogue.UnknownKeys);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Front_matter_that_breaks_the_content_format_fails_with_every_error_located(string name) =>
        BadInputCheck.FailsCleanly(BadInputCatalogue.Named(name));
}
