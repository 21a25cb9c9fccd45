using Generator.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.BadInput;

/// <summary>Mistakes in several files at once: one build reports all of them, each at its place.</summary>
[Trait("Category", "Catalogue")]
public sealed class SeveralMistakesTests
{
    public static TheoryData<string> Cases => BadInputCatalogue.NamesIn(BadInputCatalogue.SeveralMistakes);

    [Theory]
    [MemberData(nameof(Cases))]
    public void One_build_reports_every_mistake_in_every_file(string name) =>
        BadInputCheck.FailsCleanly(BadInputCatalogue.Named(name));

    [Fact]
    public void A_term_used_only_in_a_file_left_out_for_its_errors_is_not_reported_as_unused()
    {
        using var site = new TestSite();
        site.Write("articles/story/01-first.md", "---\ntitle: \"First\n---\nThe talks in the Normandy format resumed.\n");

        var result = site.Build();

        var error = TestSite.SingleError(result);
        Assert.Contains("front matter is not valid YAML", error.Message);
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("not used in any article"));
    }
}
