namespace Generator.Tests.BadInput;

/// <summary>
/// Small files built to make a YAML reader take gigabytes or minutes (alias bombs, deep nesting, huge keys, floods of
/// keys): each must be refused quickly, with a located error, within a small site's memory.
/// </summary>
[Trait("Category", "Catalogue")]
public sealed class ExhaustionTests
{
    public static TheoryData<string> Cases => BadInputCatalogue.NamesIn(BadInputCatalogue.Exhaustion);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Yaml_built_to_exhaust_memory_is_refused_quickly_with_a_located_error(string name) =>
        BadInputCheck.FailsCleanly(BadInputCatalogue.Named(name));
}
