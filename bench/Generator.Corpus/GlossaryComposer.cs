using Generator.Content;
using Generator.Glossary;

namespace Generator.Corpus;

/// <summary>
/// Makes up a glossary: people, places, organisations (some with an acronym alias), common nouns used in the plural and
/// case-sensitive acronyms, all named with made-up words that are not words of the corpus's English. Terms are made one
/// after another from one seed, so a glossary of 200 terms is the start of the one of 2,000 made from the same seed.
/// </summary>
public static class GlossaryComposer
{
    private static readonly string[] PlaceSuffixes = ["Valley", "Basin", "Province", "Heights", "Delta", "Pass"];
    private static readonly string[] Institutions = ["Commission", "Accord", "Protocol", "Council", "Authority", "Compact", "Institute", "Tribunal", "Agency", "Forum"];
    private static readonly string[] Domains = ["Trade", "Rail", "Water", "Energy", "Grain", "Border", "Harbour"];

    private static readonly (string Singular, string Plural)[] Nouns =
    [
        ("levy", "levies"), ("corridor", "corridors"), ("quota", "quotas"), ("tariff", "tariffs"), ("treaty", "treaties"),
        ("crisis", "crises"), ("ledger", "ledgers"), ("reserve", "reserves"), ("tax", "taxes"), ("permit", "permits"),
    ];

    private const string StandInForNext = "the regional council";

    public static IReadOnlyList<CorpusTerm> Compose(int count, int seed)
    {
        var words = new PseudoWordGenerator(seed);
        // Two terms may not share a form (the generator reports it), whatever its case.
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var named = new List<CorpusTerm>(count);
        while (named.Count < count)
        {
            if (NewTerm(words) is { } term && term.Forms.All(form => !taken.Contains(form)))
            {
                taken.UnionWith(term.Forms);
                named.Add(term);
            }
        }

        return named.Select((term, index) => Define(term, index, named, seed)).ToList();
    }

    private static CorpusTerm? NewTerm(PseudoWordGenerator words)
    {
        var roll = words.Next(0, 100);
        return roll switch
        {
            < 25 => Person(words),
            < 50 => Place(words),
            < 75 => Organisation(words),
            < 90 => CommonNoun(words),
            _ => Acronym(words),
        };
    }

    private static CorpusTerm? Person(PseudoWordGenerator words)
    {
        if (Word(words) is not { } first || Word(words) is not { } last)
        {
            return null;
        }

        var name = Capitalised(first) + " " + Capitalised(last);
        return new CorpusTerm(Slug.From(name), name, TermKind.Person) { Aliases = [Capitalised(last)] };
    }

    private static CorpusTerm? Place(PseudoWordGenerator words)
    {
        if (Word(words) is not { } word)
        {
            return null;
        }

        var name = Capitalised(word) + (words.Chance(0.4) ? " " + Pick(words, PlaceSuffixes) : "");
        return new CorpusTerm(Slug.From(name), name, TermKind.Place);
    }

    private static CorpusTerm? Organisation(PseudoWordGenerator words)
    {
        if (Word(words) is not { } word)
        {
            return null;
        }

        var parts = words.Chance(0.4)
            ? new[] { Capitalised(word), Pick(words, Domains), Pick(words, Institutions) }
            : [Capitalised(word), Pick(words, Institutions)];
        var name = string.Join(' ', parts);
        var acronym = string.Concat(parts.Select(part => part[0]));
        var aliases = parts.Length == 3 && words.Chance(0.7) && IsFree(acronym) ? new[] { acronym } : [];
        return new CorpusTerm(Slug.From(name), name, TermKind.Organisation) { Aliases = aliases };
    }

    private static CorpusTerm? CommonNoun(PseudoWordGenerator words)
    {
        if (Word(words) is not { } word)
        {
            return null;
        }

        var (singular, plural) = Nouns[words.Next(0, Nouns.Length)];
        var name = word + " " + singular;
        var plurals = new[] { word + " " + plural };
        return new CorpusTerm(Slug.From(name), name, TermKind.CommonNoun)
        {
            Plurals = plurals,
            // "crisis" is irregular: its plural is written out, as an editor would.
            PluralIsRegular = EnglishPlural.Of(name) == plurals[0],
        };
    }

    private static CorpusTerm? Acronym(PseudoWordGenerator words)
    {
        var letters = new char[words.Next(3, 5)];
        for (var index = 0; index < letters.Length; index++)
        {
            letters[index] = (char)('A' + words.Next(0, 26));
        }

        var name = new string(letters);
        return IsFree(name) ? new CorpusTerm(Slug.From(name), name, TermKind.Acronym) { CaseSensitive = true } : null;
    }

    private static CorpusTerm Define(CorpusTerm term, int index, IReadOnlyList<CorpusTerm> terms, int seed)
    {
        var random = new Random(Seeds.ForTerm(seed, index));
        var year = 1990 + random.Next(0, 32);
        var next = terms.Count > 1 ? terms[(index + 1) % terms.Count].Name : StandInForNext;
        // Only earlier terms, so a term's file does not change when the glossary grows.
        var seeAlso = index > 0 && random.NextDouble() < 0.4
            ? Enumerable.Range(0, random.Next(1, 3)).Select(_ => terms[random.Next(0, index)].Slug).Distinct(StringComparer.Ordinal).ToList()
            : [];
        return term with
        {
            Short = TermDefinitions.Short(term.Kind, term.Name, year),
            Body = TermDefinitions.Body(random.Next(0, 3), term.Name, next, year),
            SeeAlso = seeAlso,
            HasSource = random.NextDouble() < 0.3,
            AsOf = random.NextDouble() < 0.2 ? new DateOnly(2022, 1, 1).AddDays(random.Next(0, 700)) : null,
        };
    }

    /// <summary>A made-up word that is neither a word of the corpus's English nor one so common it would be linked everywhere.</summary>
    private static string? Word(PseudoWordGenerator words)
    {
        var word = words.NextWord();
        return IsFree(word) ? word : null;
    }

    private static bool IsFree(string form) => !Vocabulary.Words.Contains(form.ToLowerInvariant()) && !CommonWords.IsCommon(form);

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static string Pick(PseudoWordGenerator words, string[] choices) => choices[words.Next(0, choices.Length)];
}
