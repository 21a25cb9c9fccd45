namespace Generator.Publishing;

/// <summary>An attribute with its decoded value and where its raw value sits in the page (for splicing).</summary>
public readonly record struct HtmlAttribute(string Name, string Value, int ValueStart, int ValueLength);
