namespace Generator.Localization;

/// <summary>BCP 47 language tags as site.yml and front matter write them ("en", "uk", "en-GB").</summary>
public static class LanguageTag
{
    /// <summary>The primary language of a tag: "en-GB" → "en".</summary>
    public static string Primary(string tag)
    {
        var end = tag.IndexOfAny(['-', '_']);
        return (end < 0 ? tag : tag[..end]).ToLowerInvariant();
    }
}
