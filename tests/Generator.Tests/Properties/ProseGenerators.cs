using CsCheck;
using Generator.Glossary;
using Generator.Tests.Glossary;
using static Generator.Tests.Properties.Vocabulary;

namespace Generator.Tests.Properties;

/// <summary>
/// Generators of glossaries and of the Markdown our dialect accepts: prose with terms in any case, possessives,
/// punctuation, emphasis around words or parts of terms, and everything term linking must stay out of
/// (headings, code, links, images, raw HTML shown as text).
/// </summary>
internal static class ProseGenerators
{
    /// <summary>Slugs that end like the numbered ids of a term's second and third links ("minsk-2").</summary>
    private static readonly string[] Slugs = ["minsk", "minsk-2", "normandy", "minsk-2-2", "normandy-3"];

    private static readonly Gen<int> Casing = Gen.Frequency((4, 0), (2, 1), (1, 2), (1, 3));

    private static readonly Gen<string> Prefix =
        Gen.Frequency((14, ""), (1, "("), (1, "\""), (1, "'"), (1, "l'"), (1, "d'"), (1, "anti-"), (1, "x"), (1, "‘"));

    private static readonly Gen<string> Suffix =
        Gen.Frequency((12, ""), (2, "'s"), (2, "’s"), (1, ","), (1, "."), (1, ";"), (1, ":"), (1, "!"), (1, ")"), (1, "\""),
            (1, "s"), (1, "-based"), (1, "’"), (1, "..."), (1, " --"), (1, "_x"), (1, "'"), (1, "2"));

    /// <summary>Glossaries of one to five terms, 1–3 words each, with aliases; no form is claimed by two terms.</summary>
    public static readonly Gen<IReadOnlyList<Term>> Glossary =
        Gen.Select(Phrase(), Phrase().Array[0, 2], Gen.Int[0, 7], Gen.Int[0, 5],
                (name, aliases, caseSensitive, plural) => new TermSpecification(name, aliases, caseSensitive == 0, plural == 0))
            .Array[1, 5]
            .Select(BuildGlossary);

    /// <summary>Filler words with spaces between them and no markup: prose a note can always be anchored to.</summary>
    public static readonly Gen<string[]> PlainWords = Gen.Int[0, FillerWords.Length - 1].Array[1, 6]
        .Select(indexes => indexes.Select(index => FillerWords[index]).ToArray());

    /// <summary>A glossary and a document that uses its terms.</summary>
    public static Gen<LinkingCase> Cases(bool explicitTermLinks = false) =>
        Glossary.SelectMany(terms => Document(terms, explicitTermLinks), (terms, markdown) => new LinkingCase(terms, markdown));

    /// <summary>A document with blocks of every kind, and sometimes a footnote.</summary>
    public static Gen<string> Document(IReadOnlyList<Term> terms, bool explicitTermLinks = false)
    {
        var line = Line(terms, explicitTermLinks);
        return Gen.Select(Block(line).Array[1, 6], Gen.Int[0, 3], line,
            (blocks, footnote, footnoteText) => string.Join("\n\n", blocks) + (footnote == 0 ? "\n\n[^1]: " + footnoteText : ""));
    }

    /// <summary>A paragraph's worth of inline Markdown: segments joined by spaces, line breaks or nothing at all.</summary>
    public static Gen<string> Line(IReadOnlyList<Term> terms, bool explicitTermLinks = false)
    {
        var separator = Gen.Frequency((8, " "), (1, "\n"), (1, ""));
        return Gen.Select(Segment(terms, explicitTermLinks), separator, (segment, after) => segment + after)
            .Array[1, 10]
            .Select(parts => string.Concat(parts).Trim());
    }

    /// <summary>One of the forms of <paramref name="term"/>, written in a case the term matches.</summary>
    public static Gen<string> FormOf(Term term) =>
        Gen.Select(Gen.Int[0, term.Forms.Count() - 1], Casing, (index, casing) =>
        {
            var form = term.Forms.ElementAt(index);
            return term.CaseSensitive ? form : ApplyCase(form, casing);
        });

    private static Gen<string> Phrase() =>
        Gen.Int[0, TermWords.Length - 1].Array[1, 3].Select(indexes => string.Join(' ', indexes.Select(index => TermWords[index])));

    private static Gen<string> Word(string[] pool) =>
        Gen.Select(Gen.Int[0, pool.Length - 1], Casing, Prefix, Suffix, Gen.Int[0, 9],
            (index, casing, prefix, suffix, entities) => prefix + Encode(ApplyCase(pool[index], casing), entities == 0) + suffix);

    /// <summary>A term's form as prose might show it: any case (unless the term is case-sensitive), emphasis around some of its words or inside them.</summary>
    private static Gen<string> Occurrence(IReadOnlyList<Term> terms)
    {
        var forms = terms.SelectMany(term => term.Forms.Select(form => (Form: form, term.CaseSensitive))).ToArray();
        return Gen.Select(Gen.Int[0, forms.Length - 1], Casing, Gen.Int[0, 6], Gen.Int[0, 99], Gen.Int[0, 99],
            Gen.Frequency((6, " "), (1, "\n")), Prefix, Suffix, Gen.Int[0, 9],
            (index, casing, emphasis, first, second, space, prefix, suffix, entities) =>
            {
                var (form, caseSensitive) = forms[index];
                var text = Encode(caseSensitive ? form : ApplyCase(form, casing), entities == 0);
                return prefix + Emphasise(text, emphasis, first, second).Replace(" ", space) + suffix;
            });
    }

    private static Gen<string> Segment(IReadOnlyList<Term> terms, bool explicitTermLinks)
    {
        var filler = Word(FillerWords);
        var termWord = Word(TermWords);
        var occurrence = Occurrence(terms);
        var simple = Gen.Frequency((3, (IGen<string>)filler), (2, termWord), (3, occurrence));
        var words = simple.Array[1, 3].Select(parts => string.Join(' ', parts));
        var delimiters = Gen.Frequency((3, "*"), (2, "**"), (2, "_"), (1, "__"), (1, "***"));
        var slugs = terms.Select(term => term.Slug).Append("no-such-term").ToArray();

        var choices = new List<(int, IGen<string>)>
        {
            (8, filler),
            (4, termWord),
            (6, occurrence),
            (2, Gen.Select(words, delimiters, (inner, delimiter) => delimiter + inner + delimiter)),
            (1, occurrence.Select(text => "`" + text.Replace("`", "") + "`")),
            (1, words.Select(text => "[" + text + "](https://x.org)")),
            (1, words.Select(text => "![" + text + "](a.png)")),
            (1, Gen.Const("<https://example.org/minsk>")),
            (1, occurrence.Select(text => "<b>" + text + "</b>")),
            (1, Gen.Const("\\\n")),
            (1, Gen.Const("[^1]")),
        };
        if (explicitTermLinks)
        {
            choices.Add((3, Gen.Select(words, Gen.Int[0, slugs.Length - 1], (text, slug) => "[" + text + "](term:" + slugs[slug] + ")")));
        }

        return Gen.Frequency(choices.ToArray());
    }

    private static Gen<string> Block(Gen<string> line)
    {
        var oneLine = line.Select(text => text.Replace('\n', ' '));
        return Gen.Frequency(
            (6, (IGen<string>)line),
            (2, Gen.Select(Gen.Int[1, 6], oneLine, (level, text) => new string('#', level) + " " + text)),
            (1, Gen.Select(line, Gen.OneOf("===", "---"), (text, underline) => text + "\n" + underline)),
            (1, line.Select(text => "```\n" + text + "\n```")),
            (1, line.Select(text => "    " + text.Replace("\n", "\n    "))),
            (1, oneLine.Array[1, 3].Select(items => string.Join('\n', items.Select(item => "- " + item)))),
            (1, oneLine.Array[1, 3].Select(items => string.Join('\n', items.Select(item => "1. " + item)))),
            (1, line.Select(text => "> " + text.Replace("\n", "\n> "))),
            (1, oneLine.Select(text => "> - " + text)),
            (1, oneLine.Array[4].Select(cells =>
                $"| {Cell(cells[0])} | {Cell(cells[1])} |\n|---|---|\n| {Cell(cells[2])} | {Cell(cells[3])} |")));
    }

    private static string Cell(string text) => text.Replace("|", "");

    /// <summary>0–2: none; 3: <c>*</c> around whole words; 4: <c>**</c>; 5: <c>_</c>; 6: <c>*</c> at any two characters, inside words too.</summary>
    private static string Emphasise(string text, int kind, int first, int second)
    {
        if (kind == 6)
        {
            var (from, to) = (first % (text.Length + 1), second % (text.Length + 1));
            if (from > to)
            {
                (from, to) = (to, from);
            }

            return text.Insert(to, "*").Insert(from, "*");
        }

        if (kind < 3)
        {
            return text;
        }

        var delimiter = kind switch { 3 => "*", 4 => "**", _ => "_" };
        var words = text.Split(' ');
        var start = first % words.Length;
        var end = start + second % (words.Length - start);
        words[start] = delimiter + words[start];
        words[end] += delimiter;
        return string.Join(' ', words);
    }

    private static string ApplyCase(string text, int casing) => casing switch
    {
        1 => text.ToLowerInvariant(),
        2 => text.ToUpperInvariant(),
        3 => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..].ToLowerInvariant(),
        _ => text,
    };

    /// <summary>Writes letters outside ASCII as numeric character references, as some editors paste them.</summary>
    private static string Encode(string text, bool asEntities) =>
        asEntities ? string.Concat(text.Select(character => character > 127 ? $"&#{(int)character};" : character.ToString())) : text;

    private static IReadOnlyList<Term> BuildGlossary(TermSpecification[] specifications)
    {
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        var terms = new List<Term>();
        foreach (var specification in specifications)
        {
            var forms = specification.Aliases.Prepend(specification.Name).Where(form => claimed.Add(FormKey(form))).ToList();
            if (forms.Count == 0)
            {
                continue;
            }

            var plural = forms[0] + "s";
            var term = TermFactory.Term(Slugs[terms.Count], forms[0], [.. forms.Skip(1)]) with
            {
                CaseSensitive = specification.CaseSensitive,
                Plurals = specification.Plural && claimed.Add(FormKey(plural)) ? [plural] : [],
            };
            terms.Add(term);
        }

        return terms;
    }

    /// <summary>Forms the glossary would consider the same: case and apostrophe shape ignored.</summary>
    private static string FormKey(string form) => form.ToLowerInvariant().Replace('’', '\'');

    private sealed record TermSpecification(string Name, string[] Aliases, bool CaseSensitive, bool Plural);
}
