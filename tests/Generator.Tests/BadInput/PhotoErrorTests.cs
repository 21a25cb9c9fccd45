namespace Generator.Tests.BadInput;

/// <summary>Photos that cannot be processed (damaged, not images, bombs, other formats): an error at the src line, never a crash.</summary>
[Trait("Category", "Catalogue")]
public sealed class PhotoErrorTests
{
    public static TheoryData<string> Cases => BadInputCatalogue.NamesIn(BadInputCatalogue.Photos);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_photo_fails_with_an_error_at_its_src_and_leaves_the_site_unchanged(string name) =>
        BadInputCheck.FailsCleanly(BadInputCatalogue.Named(name));
}
