namespace Generator.Rendering;

/// <summary>
/// A stylesheet, script or image of the theme, from the site's theme folder or built in. <see cref="OutputPath"/>
/// carries a hash of the content (<c>theme/site.3f2a9c1b04.css</c>), so browsers and CDNs can cache it forever and
/// still see every change.
/// </summary>
public sealed record ThemeAsset(string Name, byte[] Bytes, string OutputPath)
{
    public string Url => "/" + OutputPath;
}
