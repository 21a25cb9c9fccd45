using System.Globalization;

namespace Generator.Corpus;

/// <summary>
/// Writes a section file: front matter using every key a section allows, each in a share of the sections (dateline,
/// people and places, a photo with or without an image, a pull quote from the prose, related links, notes anchored to
/// words of the prose, an old address), then the prose of <see cref="SectionProse"/>. With raster photos, each article's
/// first section shows one of them (the articles take them in turn).
/// </summary>
public sealed class SectionComposer(int seed, IReadOnlyList<ArticlePlan> articles, int rasterPhotos = 0)
{
    public string Compose(ArticlePlan article, SectionPlan section)
    {
        var random = new Random(Seeds.ForSection(seed, section.GlobalIndex) + 1);
        var prose = SectionProse.Write(section, random, OtherPage);
        var people = section.Terms.Where(term => term.Kind == TermKind.Person).Select(term => term.Name)
            .Concat(Enumerable.Range(0, random.Next(0, 3)).Select(_ => Pick(random, Vocabulary.PeopleNames))).Distinct(StringComparer.Ordinal).ToList();
        var places = section.Terms.Where(term => term.Kind == TermKind.Place).Select(term => term.Name)
            .Append(Pick(random, Vocabulary.Cities)).ToList();
        return new FrontMatterWriter()
            .Text("title", section.Title)
            .Text("dateline", random.NextDouble() < 0.6 ? places[random.Next(places.Count)].ToUpperInvariant() : null)
            .List("people", random.NextDouble() < 0.7 ? people : [])
            .List("places", random.NextDouble() < 0.5 ? places : [])
            .Map("photo", Photo(article, section, random.NextDouble() < 0.6 ? Photo(random) : []))
            .Map("pullquote", random.NextDouble() < 0.4 ? PullQuote(random, prose, people) : [])
            .MapList("related", random.NextDouble() < 0.4 ? Related(random) : [])
            .MapList("notes", Notes(random, prose))
            .List("redirect_from", random.NextDouble() < 0.05
                ? [string.Create(CultureInfo.InvariantCulture, $"/archive/{article.Index + 1}/{section.Order}/")]
                : [])
            .Close(prose.Markdown);
    }

    /// <summary>An article of the corpus or one of its sections, as an internal link.</summary>
    private string OtherPage(Random random)
    {
        var article = articles[random.Next(articles.Count)];
        return random.NextDouble() < 0.5 ? article.Url : article.Url + "#" + article.Sections[random.Next(article.Sections.Count)].Slug;
    }

    /// <summary>A caption and credit, as a photo note; four in ten also show an image, which then needs alt text.</summary>
    private (string, string?)[] Photo(Random random)
    {
        var caption = Pick(random, Vocabulary.Captions);
        var credit = Pick(random, Vocabulary.PeopleNames).ToUpperInvariant() + " / " + Pick(random, Vocabulary.Agencies);
        var withImage = random.NextDouble() < 0.4;
        return
        [
            ("src", withImage ? PhotoFiles.Url(random.Next(PhotoFiles.Count)) : null),
            ("alt", withImage ? "Photograph: " + caption : null),
            ("caption", caption),
            ("credit", credit),
        ];
    }

    /// <summary>The section's photo, or for an article's first section with raster photos, one of those with the same caption.</summary>
    private (string, string?)[] Photo(ArticlePlan article, SectionPlan section, (string, string?)[] drawn)
    {
        if (rasterPhotos == 0 || section.Order != 1)
        {
            return drawn;
        }

        var caption = drawn.FirstOrDefault(entry => entry.Item1 == "caption").Item2 ?? $"A view of the day's events ({article.Title}).";
        return
        [
            ("src", PhotoFiles.RasterUrl(article.Index % rasterPhotos)),
            ("alt", "Photograph: " + caption),
            ("caption", caption),
            ("credit", drawn.FirstOrDefault(entry => entry.Item1 == "credit").Item2),
        ];
    }

    private static (string, string?)[] PullQuote(Random random, SectionProse prose, List<string> people)
    {
        var attributed = people.Count > 0 && random.NextDouble() < 0.7;
        return
        [
            ("text", Pick(random, prose.PlainSentences)),
            ("by", attributed ? Pick(random, people) : null),
            ("role", attributed ? Pick(random, Vocabulary.Roles) : null),
        ];
    }

    private List<(string, string?)[]> Related(Random random) =>
        Enumerable.Range(0, random.Next(1, 3)).Select(_ =>
        {
            var kind = random.NextDouble();
            var url = kind < 0.5 ? articles[random.Next(articles.Count)].Url
                : kind < 0.75 ? string.Create(CultureInfo.InvariantCulture, $"https://example.org/analysis/{random.Next(1, 500)}/")
                : null;
            return new (string, string?)[] { ("title", Pick(random, Vocabulary.RelatedTitles)), ("url", url) };
        }).ToList();

    private static List<(string, string?)[]> Notes(Random random, SectionProse prose) =>
        prose.Quotes.Take(random.Next(0, 4))
            .Select(quote => new (string, string?)[] { ("quote", quote), ("text", Pick(random, Vocabulary.NoteTexts)) })
            .ToList();

    private static T Pick<T>(Random random, IReadOnlyList<T> choices) => choices[random.Next(choices.Count)];
}
