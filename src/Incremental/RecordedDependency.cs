namespace Generator.Incremental;

/// <summary>One input a page was made from (<see cref="Dependency"/>), with its version when the page was made.</summary>
public readonly record struct RecordedDependency(string Name, string Version);
