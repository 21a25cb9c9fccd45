using System.Reflection;

namespace Generator.Tests.Support;

/// <summary>
/// Every test class says which part of the suite it belongs to, so a new class cannot fall out of the fast loop's filter
/// or slip into it unnoticed. See <see cref="TestCategory"/> for the categories and when to use each.
/// </summary>
[Trait("Category", "Unit")]
public sealed class TestCategoryTests
{
    private static IEnumerable<Type> TestClasses() =>
        typeof(TestCategoryTests).Assembly.GetTypes()
            .Where(type => type.GetMethods().Any(method => method.GetCustomAttributes<FactAttribute>().Any()))
            .OrderBy(type => type.FullName, StringComparer.Ordinal);

    private static IEnumerable<string> CategoriesOf(MemberInfo member) =>
        member.GetCustomAttributesData()
            .Where(attribute => attribute.AttributeType == typeof(TraitAttribute) &&
                                (string?)attribute.ConstructorArguments[0].Value == TestCategory.Trait)
            .Select(attribute => (string?)attribute.ConstructorArguments[1].Value ?? "");

    [Fact]
    public void Every_test_class_declares_exactly_one_known_category()
    {
        var problems = TestClasses()
            .Select(type => (type, categories: CategoriesOf(type).ToList()))
            .Where(entry => entry.categories.Count != 1 || !TestCategory.All.Contains(entry.categories[0]))
            .Select(entry => $"{entry.type.FullName}: [{string.Join(", ", entry.categories)}]")
            .ToList();

        Assert.True(problems.Count == 0,
            $"Give each test class one [Trait(\"Category\", …)] of {string.Join(", ", TestCategory.All)} (see Support/TestCategory.cs):\n" +
            string.Join("\n", problems));
    }

    [Fact]
    public void No_test_method_declares_a_category_of_its_own()
    {
        // xUnit adds a method's traits to its class's: the method would stay in its class's category as well.
        var methods = TestClasses()
            .SelectMany(type => type.GetMethods().Where(method => CategoriesOf(method).Any()).Select(method => $"{type.FullName}.{method.Name}"))
            .ToList();

        Assert.True(methods.Count == 0, "Move these tests to a class of their category:\n" + string.Join("\n", methods));
    }

    [Fact]
    public void The_suite_has_tests_in_every_category()
    {
        var used = TestClasses().SelectMany(CategoriesOf).ToHashSet();

        Assert.All(TestCategory.All, category => Assert.Contains(category, used));
    }
}
