using System.Globalization;

namespace Generator.Corpus;

/// <summary>Writes an article's <c>index.md</c>: every key an article allows, each in a share of the articles.</summary>
public static class ArticleComposer
{
    public static string Compose(ArticlePlan article, int seed)
    {
        var random = new Random(Seeds.ForArticle(seed, article.Index) + 2);
        var tags = Vocabulary.Tags.ToArray();
        random.Shuffle(tags);
        var updated = random.NextDouble() < 0.3 ? article.Date.AddDays(random.Next(1, 20)) : (DateOnly?)null;
        var sourced = random.NextDouble() < 0.3;
        return new FrontMatterWriter()
            .Text("title", article.Title)
            .Text("dek", random.NextDouble() < 0.8 ? Pick(random, Vocabulary.Deks) : null)
            .Text("byline", random.NextDouble() < 0.7 ? "By " + Pick(random, Vocabulary.PeopleNames) : null)
            .Date("date", article.Date)
            .Date("updated", updated)
            .Map("source", ("name", sourced ? Pick(random, Vocabulary.Agencies) : null), ("url", sourced ? $"https://example.org/wire/{article.Slug}/" : null))
            .List("tags", tags[..random.Next(2, 5)])
            .List("redirect_from", random.NextDouble() < 0.1 ? [string.Create(CultureInfo.InvariantCulture, $"/archive/{article.Index + 1}/")] : [])
            .Close(random.NextDouble() < 0.6 ? Pick(random, Vocabulary.Standfirsts) + "\n" : "");
    }

    private static string Pick(Random random, string[] choices) => choices[random.Next(choices.Length)];
}
