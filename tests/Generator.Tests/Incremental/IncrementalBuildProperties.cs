using CsCheck;
using Generator.Tests.Properties;
using Generator.Tests.Support;

namespace Generator.Tests.Incremental;

/// <summary>
/// Any sequence of edits, each followed by an incremental build, ends in the site a clean build makes — after every
/// step, not only the last. The edits are the ones editors make: prose, short and long definitions, names and aliases,
/// new and deleted terms and each of their fields, sections and articles, site settings, the theme: layouts,
/// partials, the <c>link_terms</c> filter in a layout, assets, strings files — and a translation and its article.
/// </summary>
[Trait("Category", "Slow")]
public sealed class IncrementalBuildProperties
{
    private const int Iterations = 12;
    private const int PicturedArticle = 10;

    private static readonly Action<IncrementalSite, int>[] Edits =
    [
        (site, n) => site.Site.Write("articles/talks/02-berlin.md", $"---\ntitle: In Berlin\n---\nRound {n} followed in Berlin, near the State Duma delegation.\n"),
        (site, n) => site.Site.Write("glossary/minsk-agreements.md", $"---\nterm: Minsk agreements\nshort: Ceasefire accords, revision {n}.\n---\nSigned in Minsk.\n"),
        (site, n) => site.Site.Write("glossary/state-duma.md", $"---\nterm: State Duma\naliases: [{(n % 2 == 0 ? "Duma" : "Russian parliament")}]\nshort: The lower house.\n---\nIt has 450 seats.\n"),
        (site, n) => site.Site.Write("glossary/kremlin.md", $"---\nterm: Kremlin\nshort: The seat of the presidency ({n}).\n---\nIn Moscow.\n"),
        (site, _) => site.Site.Delete("glossary/kremlin.md"),
        (site, n) => site.Site.Write("articles/kremlin/02-later.md", $"---\ntitle: Later {n}\n---\nThe Kremlin and the Minsk agreements, again.\n"),
        (site, _) => site.Site.Delete("articles/kremlin/02-later.md"),
        (site, n) => site.Site.Write($"articles/new-{n % 3}/index.md", $"---\ntitle: New story {n}\ndate: 2022-03-0{1 + n % 3}\n---\n")
            .Write($"articles/new-{n % 3}/01-body.md", "---\ntitle: Body\n---\nTalks in the Normandy format.\n"),
        (site, n) => site.Site.Write("site.yml", TestSite.MinimalSite.Replace("Test Desk", $"Desk {n}", StringComparison.Ordinal)),
        (site, n) => site.Site.Write("glossary/minsk-agreements.md", $"---\nterm: Minsk agreements\nshort: Ceasefire accords of 2014 and 2015.\n---\nSigned in Minsk ({n}).\n"),
        // The article whose only mention of a term is in front-matter text, which only a layout links.
        (site, n) => site.Site.Write("articles/pictured/index.md", $"---\ntitle: Pictured {n}\ndek: Leaders of the Normandy format met.\ndate: 2022-02-18\n---\n")
            .Write("articles/pictured/01-only.md", "---\ntitle: Only\nphoto:\n  caption: Advisers of the Normandy format.\n  alt: Advisers at a table.\n---\nAdvisers met again.\n"),
        (site, n) => site.Site.Write("glossary/normandy-format.md", TestSite.MinimalTerm.Replace("short: ", $"short: Revision {n}. ", StringComparison.Ordinal)),
        (site, n) => site.Site.Write("glossary/normandy-format.md", TestSite.MinimalTerm.Replace("aliases: [Normandy Four]", n % 2 == 0 ? "aliases: [Normandy Four, Normandy group]" : "aliases: []", StringComparison.Ordinal)),
        // A term's dated fields, one at a time, so that a field the term's version leaves out is found (an edit of
        // several at once changes the version through the others).
        (site, n) => WriteStateDuma(site, asOf: $"2022-0{1 + n % 9}-01"),
        (site, n) => WriteStateDuma(site, seeAlso: n % 2 == 0 ? "normandy-format" : "minsk-agreements"),
        (site, n) => WriteStateDuma(site, source: $"Source {n}", sourceUrl: $"https://example.org/{n}"),
        (site, n) => ToggleLinkTerms(site.Theme, n % 2 == 0),
        (site, n) => WriteColophon(site.Theme, n),
        (site, n) => EditTheme(site.Theme, "assets/site.css", text => text + $"\n/* revision {n} */\n"),
        // Strings files: a layout's word, a word the prose carries and a month name, in the site's language and in the
        // translation's.
        (site, n) => EditStrings(site.Theme, "en", n),
        (site, n) => EditStrings(site.Theme, "uk", n),
        (site, n) => site.Site.Write(Translation, $"---\ntitle: Переговори {n}\ndate: 2022-02-19\nlanguage: uk\ntranslations:\n  en: talks\n---\n"),
        (site, n) => site.Site.Write("articles/talks/index.md", $"---\ntitle: Talks resume\ndate: 2022-02-14\n{(n % 2 == 0 ? "translations:\n  uk: perehovory\n" : "")}---\n"),
        // Listings: pages of one to three articles, tags that move an article between topics, a date that moves it
        // between archives and pages, people and places that come and go, and the titles of the sections that name them.
        (site, n) => site.Site.Write("site.yml", TestSite.MinimalSite + $"pagination:\n  per_page: {1 + n % 3}\n"),
        (site, n) => site.Site.Write("articles/accords/index.md", $"---\ntitle: The accords\ndate: 2022-0{1 + n % 3}-15\ntags: [{(n % 2 == 0 ? "talks" : "accords")}, Ukraine]\n---\n"),
        (site, n) => site.Site.Write("articles/talks/01-paris.md", $"---\ntitle: In Paris\npeople: [Adviser {n % 2}]\nplaces: [{(n % 3 == 0 ? "Paris" : "Berlin")}]\n---\nAdvisers met in the Normandy format in Paris.\n"),
        // A section's title, which the pages of the people and places it names show under its article.
        (site, n) => site.Site.Write("articles/talks/01-paris.md", $"---\ntitle: In Paris, round {n}\npeople: [Adviser 1]\nplaces: [Paris]\n---\nAdvisers met in the Normandy format in Paris.\n"),
    ];

    private const string Translation = "articles/perehovory/index.md";

    private static void WriteStateDuma(IncrementalSite site, string asOf = "2022-01-01", string seeAlso = "normandy-format", string source = "Source 0", string sourceUrl = "https://example.org/0") =>
        site.Site.Write("glossary/state-duma.md", $"---\nterm: State Duma\nshort: The lower house.\nas_of: {asOf}\nsee_also: [{seeAlso}]\nsource:\n  name: {source}\n  url: {sourceUrl}\n---\nIt has 450 seats.\n");

    [Fact]
    public void Every_incremental_build_equals_a_clean_build()
    {
        var steps = Gen.Select(Gen.Int[0, Edits.Length - 1], Gen.Int[0, 99]).Array[1, 6];
        steps.Sample(sequence =>
        {
            using var site = new IncrementalSite();
            // The theme links the terms of front-matter text, and one article mentions a term only there.
            site.Theme = site.Site.CopyTheme();
            ToggleLinkTerms(site.Theme, link: true);
            Edits[PicturedArticle](site, 0);
            // A Ukrainian translation of one article, which names it (the article names it back only after some edits).
            site.Site.Write(Translation, "---\ntitle: Переговори\ndate: 2022-02-19\nlanguage: uk\ntranslations:\n  en: talks\n---\n")
                .Write("articles/perehovory/01-paris.md", "---\ntitle: У Парижі\n---\nРадники зустрілися в Парижі.\n");
            site.Build();
            foreach (var (edit, number) in sequence)
            {
                // Deleting what is not there is no edit; the build must still equal a clean one.
                if (edit is 4 && !File.Exists(site.Site.PathOf("glossary/kremlin.md")) || edit is 6 && !File.Exists(site.Site.PathOf("articles/kremlin/02-later.md")))
                {
                    continue;
                }

                Edits[edit](site, number);
                site.Build(freshProcess: number % 2 == 0);
                site.AssertSameAsCleanBuild();
            }
        }, seed: PropertySeed.ForThisRun, iter: Iterations, print: sequence => string.Join(", ", sequence.Select(s => $"edit {s.Item1} ({s.Item2})")));
    }

    /// <summary>Links the terms of the article's dek and photo captions in the article layout and the article list of every listing, or stops.</summary>
    private static void ToggleLinkTerms(string theme, bool link)
    {
        foreach (var layout in new[] { "layouts/article.liquid", "layouts/article-list.liquid" })
        {
            EditTheme(theme, layout, text => link
                ? text.Replace("{{ article.dek }}", "{{ article.dek | link_terms }}", StringComparison.Ordinal)
                    .Replace("{{ section.photo.caption }}", "{{ section.photo.caption | link_terms }}", StringComparison.Ordinal)
                : text.Replace(" | link_terms }}", " }}", StringComparison.Ordinal));
        }
    }

    /// <summary>A partial the base layout renders: written anew each time, and rendered from the base layout once.</summary>
    private static void WriteColophon(string theme, int number)
    {
        File.WriteAllText(Path.Combine(theme, "layouts", "colophon.liquid"), $"<p class=\"colophon\">Edition {number}</p>\n");
        EditTheme(theme, "layouts/base.liquid", text => text.Contains("render 'colophon'", StringComparison.Ordinal)
            ? text
            : text.Replace("</body>", "{% render 'colophon' %}</body>", StringComparison.Ordinal));
    }

    /// <summary>Rewrites a layout's string, a string the prose carries and a month name of a language's strings file.</summary>
    private static void EditStrings(string theme, string language, int number) =>
        EditTheme(theme, $"i18n/{language}.yml", text => System.Text.RegularExpressions.Regex.Replace(text,
            @"^(in_this_article|more_about|date): ""(.*?)(?: \(\d+\))?""$", match => $"{match.Groups[1].Value}: \"{match.Groups[2].Value} ({number})\"",
            System.Text.RegularExpressions.RegexOptions.Multiline));

    private static void EditTheme(string theme, string file, Func<string, string> edit)
    {
        var path = Path.Combine(theme, file);
        File.WriteAllText(path, edit(File.ReadAllText(path)));
    }
}
