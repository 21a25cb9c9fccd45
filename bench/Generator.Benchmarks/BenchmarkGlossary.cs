using System.Text.RegularExpressions;
using Generator.Content;
using Generator.Corpus;
using Generator.Diagnostics;
using Generator.Glossary;

namespace Generator.Benchmarks;

/// <summary>
/// Glossaries of any size that share the same ten real terms, the only ones the article names: the rest are
/// made-up names that never occur in it, so every size does exactly the same linking work and only the glossary grows.
/// </summary>
internal static partial class BenchmarkGlossary
{
    private const int Seed = 1_729;

    /// <summary>The terms the article is written about, some with an alias, some in lower case as common nouns are.</summary>
    public static IReadOnlyList<Term> RealTerms { get; } =
    [
        NewTerm("Varna Accord", "Varna agreement"),
        NewTerm("Kessler Commission", "Kessler panel"),
        NewTerm("Orlen Basin"),
        NewTerm("Maren Solberg", "Solberg"),
        NewTerm("grain corridor"),
        NewTerm("Tarvik"),
        NewTerm("ceasefire line", "line of contact"),
        NewTerm("Northern Rail Authority", "NRA"),
        NewTerm("Dessau Protocol"),
        NewTerm("harbour levy", "port levy"),
    ];

    /// <summary>
    /// <see cref="RealTerms"/> and <paramref name="termCount"/> minus ten made-up terms of one to three words, about
    /// a third with an alias. No made-up word is a word of <paramref name="article"/>, so none can match in it.
    /// The same seed makes each glossary the start of every larger one.
    /// </summary>
    public static IReadOnlyList<Term> Create(int termCount, string article)
    {
        var articleWords = WordPattern().Matches(article).Select(match => match.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        // Forms two terms share would be reported by the glossary index, so each one is taken once.
        var takenForms = RealTerms.SelectMany(term => term.Forms).Select(form => form.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var words = new PseudoWordGenerator(Seed);

        string? NewForm(int wordCount, bool capitalised)
        {
            var parts = new string[wordCount];
            for (var index = 0; index < wordCount; index++)
            {
                var word = words.NextWord();
                if (articleWords.Contains(word))
                {
                    return null;
                }

                parts[index] = capitalised ? char.ToUpperInvariant(word[0]) + word[1..] : word;
            }

            var form = string.Join(' ', parts);
            return takenForms.Add(form.ToLowerInvariant()) ? form : null;
        }

        var terms = new List<Term>(RealTerms);
        while (terms.Count < termCount)
        {
            // Most glossary entries are people and places; the rest are common nouns, written in lower case.
            var capitalised = words.Chance(0.7);
            if (NewForm(words.Next(1, 4), capitalised) is not { } name)
            {
                continue;
            }

            var aliases = words.Chance(0.3) && NewForm(words.Next(1, 3), capitalised) is { } alias ? [alias] : Array.Empty<string>();
            terms.Add(NewTerm(name, aliases));
        }

        return terms;
    }

    private static Term NewTerm(string name, params string[] aliases)
    {
        var slug = name.ToLowerInvariant().Replace(' ', '-');
        var file = new SourceFile($"glossary/{slug}.md", $"/glossary/{slug}.md", "");
        return new Term(slug, name, aliases, $"What {name} is.", new MarkdownSource(file, 1), SourceLocation.StartOf(file.DisplayPath));
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();
}
