namespace Generator.Tests.Tool;

/// <summary>
/// The tool test packs the generator in Release, which takes both cores for a minute or more: it runs on its own,
/// after the other tests, so it does not slow the browser tests past their timeouts.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ToolPackCollection
{
    public const string Name = "Tool package";
}
