using Generator.Diagnostics;

namespace Generator.Content.FrontMatter;

public sealed record FrontMatterList(SourceLocation Location, IReadOnlyList<FrontMatterNode> Items) : FrontMatterNode(Location)
{
    public override string Describe() => "a list";
}
