namespace Generator.Rendering;

/// <summary>
/// One file of a site's theme, by its path inside the theme (<c>layouts/article.liquid</c>): the site's own when its
/// theme folder has that file, the built-in one otherwise.
/// </summary>
public sealed record ThemeFile(string Name, string DisplayPath, byte[] Bytes, bool IsBuiltIn);
