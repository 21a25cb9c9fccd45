namespace Generator.Tests.NativeAot;

/// <summary>
/// The Native AOT tests share one published binary, and run on their own after the other tests: the native compile
/// takes both cores for a minute or more, which would slow the browser tests past their timeouts.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NativeAotCollection : ICollectionFixture<NativeBinary>
{
    public const string Name = "Native AOT";
}
