using Generator.Content;

namespace Generator.Corpus;

/// <summary>
/// Lays out the articles and sections and deals the terms to sections: every term the prose should mention goes to at
/// least one section, and each section adds a few more, the earlier (more popular) terms more often than the later.
/// </summary>
public static class CorpusPlanner
{
    private static readonly DateOnly FirstDate = new(2020, 1, 1);

    public static IReadOnlyList<ArticlePlan> Plan(CorpusOptions options, IReadOnlyList<CorpusTerm> proseTerms)
    {
        var articles = new List<ArticlePlan>(options.Articles);
        for (var index = 0; index < options.Articles; index++)
        {
            var random = new Random(Seeds.ForArticle(options.Seed, index));
            var sections = Sections(options, index, proseTerms);
            var lead = sections[0].Terms[0].Name;
            var title = lead + ": " + Pick(random, Vocabulary.Headlines);
            // The number keeps two articles with the same headline apart.
            var slug = Slug.From(title) + "-" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            articles.Add(new ArticlePlan(index, slug, title, FirstDate.AddDays(random.Next(0, 1800)), sections));
        }

        return articles;
    }

    private static List<SectionPlan> Sections(CorpusOptions options, int articleIndex, IReadOnlyList<CorpusTerm> proseTerms)
    {
        var sections = new List<SectionPlan>(options.SectionsPerArticle);
        var titles = Vocabulary.SectionTitles.ToArray();
        new Random(Seeds.ForArticle(options.Seed, articleIndex) + 1).Shuffle(titles);
        for (var position = 0; position < options.SectionsPerArticle; position++)
        {
            var globalIndex = (articleIndex * options.SectionsPerArticle) + position;
            var round = position / titles.Length;
            var title = titles[position % titles.Length] + (round > 0 ? $", part {round + 1}" : "");
            var terms = DealTerms(globalIndex, options.SectionCount, proseTerms, new Random(Seeds.ForSection(options.Seed, globalIndex)));
            sections.Add(new SectionPlan(globalIndex, position + 1, Slug.From(title), title, terms));
        }

        return sections;
    }

    /// <summary>
    /// Term i goes to section i mod N, so N sections cover every term; a section with none (fewer terms than sections)
    /// takes term (its index mod the term count). Two to four more come from a skewed draw, as some names dominate the news.
    /// </summary>
    private static List<CorpusTerm> DealTerms(int section, int sectionCount, IReadOnlyList<CorpusTerm> terms, Random random)
    {
        var dealt = new List<CorpusTerm>();
        for (var index = section; index < terms.Count; index += sectionCount)
        {
            dealt.Add(terms[index]);
        }

        if (dealt.Count == 0)
        {
            dealt.Add(terms[section % terms.Count]);
        }

        var extra = random.Next(2, 5);
        for (var draw = 0; draw < extra; draw++)
        {
            var popular = terms[(int)(terms.Count * Math.Pow(random.NextDouble(), 2))];
            if (!dealt.Contains(popular))
            {
                dealt.Add(popular);
            }
        }

        return dealt;
    }

    private static string Pick(Random random, string[] choices) => choices[random.Next(choices.Length)];
}
