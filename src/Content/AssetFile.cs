namespace Generator.Content;

/// <summary>A file under <c>input/assets/</c>, copied to the output unchanged at the same relative path.</summary>
public sealed record AssetFile(string FullPath, string RelativePath);
