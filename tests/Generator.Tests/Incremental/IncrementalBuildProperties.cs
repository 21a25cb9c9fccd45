using CsCheck;
using Generator.Tests.Properties;
using Generator.Tests.Support;

namespace Generator.Tests.Incremental;

/// <summary>
/// Any sequence of edits, each followed by an incremental build, ends in the site a clean build makes — after every
/// step, not only the last. The edits are the ones editors make: prose, short and long definitions, names and aliases,
/// new and deleted terms, sections and articles, site settings.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class IncrementalBuildProperties
{
    private const int Iterations = 12;

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
    ];

    [Fact]
    public void Every_incremental_build_equals_a_clean_build()
    {
        var steps = Gen.Select(Gen.Int[0, Edits.Length - 1], Gen.Int[0, 99]).Array[1, 6];
        steps.Sample(sequence =>
        {
            using var site = new IncrementalSite();
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
}
