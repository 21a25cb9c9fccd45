using Generator.Diagnostics;

namespace Generator.Content.FrontMatter;

/// <summary>A single YAML value. <see cref="IsPlain"/> tells apart <c>true</c> (a boolean) from <c>"true"</c> (text).</summary>
public sealed record FrontMatterScalar(SourceLocation Location, string Value, bool IsPlain) : FrontMatterNode(Location)
{
    /// <summary>An unquoted empty value or <c>null</c>/<c>~</c>: the key is written but says nothing.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe() => IsNull ? "empty" : $"'{Value}'";
}
