namespace Generator.Publishing;

/// <summary>
/// Turns the site's root-relative paths into absolute addresses under the published base URL, for the places that
/// need them (feeds, sitemaps, canonical links, linked data).
/// </summary>
public sealed class SiteAddress(string baseUrl)
{
    private readonly Uri _base = new(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");

    public string BaseUrl => _base.ToString();

    public string Absolute(string rootRelativePath) => new Uri(_base, rootRelativePath.TrimStart('/')).ToString();

    public static SiteAddress? For(Content.SiteSettings site) => site.BaseUrl is { } baseUrl ? new SiteAddress(baseUrl) : null;
}
