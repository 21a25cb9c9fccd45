namespace Generator.Tests.BadInput;

/// <summary>Mistakes in several files at once: one build reports all of them, each at its place.</summary>
[Trait("Category", "EndToEnd")]
public sealed class SeveralMistakesTests
{
    public static TheoryData<string> Cases => BadInputCatalogue.NamesIn(BadInputCatalogue.SeveralMistakes);

    [Theory]
    [MemberData(nameof(Cases))]
    public void One_build_reports_every_mistake_in_every_file(string name) =>
        BadInputCheck.FailsCleanly(BadInputCatalogue.Named(name));
}
