using System.Globalization;

namespace Generator.Corpus;

/// <summary>Writes <c>site.yml</c>.</summary>
public static class SiteFile
{
    public static string Compose(CorpusOptions options)
    {
        var description = string.Create(CultureInfo.InvariantCulture,
            $"A generated site of {options.Articles} articles, {options.SectionCount} sections and {options.Terms} glossary terms, for measuring the generator.");
        return new FrontMatterWriter()
            .Text("title", "The Corpus Desk")
            .Text("description", description)
            .Text("base_url", "https://corpus.example.org/")
            .Text("language", "en")
            .Map("publisher", ("name", "The Corpus Desk"), ("url", "https://corpus.example.org/"))
            .Map("glossary", ("link", "first-in-section"))
            .ToString();
    }
}
