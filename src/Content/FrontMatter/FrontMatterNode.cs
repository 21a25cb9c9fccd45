using Generator.Diagnostics;

namespace Generator.Content.FrontMatter;

/// <summary>
/// A front matter value with the place it was written, so every later check can point at the exact line and column.
/// We build this small tree ourselves from YamlDotNet's parser events instead of using its object model,
/// which lets us reject aliases, duplicate keys and runaway nesting before anything is allocated for them.
/// </summary>
public abstract record FrontMatterNode(SourceLocation Location)
{
    /// <summary>How the node is described in type errors: "a list", "a mapping", "the text 'abc'".</summary>
    public abstract string Describe();
}
