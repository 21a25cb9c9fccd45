using Generator.Diagnostics;

namespace Generator.Content.FrontMatter;

public sealed record FrontMatterMap(SourceLocation Location, IReadOnlyList<FrontMatterEntry> Entries) : FrontMatterNode(Location)
{
    public override string Describe() => "a mapping (key: value pairs)";
}
