using System.Text.RegularExpressions;
using CsCheck;

namespace Generator.Tests.Properties;

/// <summary>Generated sections with notes: quotes cut from any text a reader sees, or from plain words in a paragraph.</summary>
internal static partial class NoteGenerators
{
    /// <summary>
    /// Up to three notes whose quotes are whole words cut from the text of a paragraph, list item, table cell or
    /// heading (so some quotes span markup, and some are in headings, where a note cannot be anchored), typed with
    /// straight quotes as editors do.
    /// </summary>
    public static readonly Gen<NotesCase> QuotesFromTheText =
        Gen.Select(ProseGenerators.Cases(), Gen.Int[0, 9999].Array[3].Array[0, 3], Gen.Int[1, 5], (prose, picks, firstNumber) =>
        {
            var texts = RenderedProse.Render(prose.Markdown).Page
                .QuerySelectorAll("p, li, td, th, h1, h2, h3, h4, h5, h6")
                .Select(element => element.TextContent)
                .Where(text => Word().IsMatch(text))
                .ToList();
            var quotes = texts.Count == 0 ? [] : picks.Select(pick => Cut(texts[pick[0] % texts.Count], pick[1], pick[2])).ToList();
            return new NotesCase(prose, quotes, firstNumber);
        });

    /// <summary>
    /// One note whose quote is a run of plain words (no markup between or around them) in a paragraph that has
    /// generated prose before and after it.
    /// </summary>
    public static readonly Gen<NotesCase> PlainQuote =
        from terms in ProseGenerators.Glossary
        from document in ProseGenerators.Document(terms)
        from before in ProseGenerators.Line(terms)
        from after in ProseGenerators.Line(terms)
        from words in ProseGenerators.PlainWords
        from start in Gen.Int[0, 99]
        from count in Gen.Int[0, 99]
        from blockFirst in Gen.Bool
        from decoy in Gen.Int[0, 2]
        let first = start % words.Length
        let quoted = words.Skip(first).Take(1 + count % (words.Length - first)).ToArray()
        let quote = string.Join(' ', quoted)
        // Unindented, so the paragraph never continues a footnote definition the document may end with.
        let paragraph = (OneLine(before) + Decoy(quoted, decoy) + " " + string.Join(' ', words) + " " + OneLine(after)).TrimStart()
        let markdown = blockFirst ? paragraph + "\n\n" + document : document + "\n\n" + paragraph
        select new NotesCase(new LinkingCase(terms, markdown), [quote], 1);

    /// <summary>
    /// An earlier occurrence of the quote that emphasis cuts into ("*the talks* resumed" for "talks resumed"), which
    /// cannot be marked without breaking the emphasis apart; the plain occurrence after it can.
    /// </summary>
    private static string Decoy(string[] quoted, int kind) => kind switch
    {
        1 => " *the " + quoted[0] + "* " + string.Join(' ', quoted.Skip(1)),
        2 => " " + string.Join(' ', quoted.SkipLast(1)) + " **" + quoted[^1] + " said**",
        _ => "",
    };

    /// <summary>Whole words <paramref name="start"/> to <paramref name="start"/> + 1–4 of <paramref name="text"/>, with straight quotes.</summary>
    private static string Cut(string text, int start, int count)
    {
        var words = Word().Matches(text);
        var first = start % words.Count;
        var last = first + count % Math.Min(4, words.Count - first);
        var quote = text[words[first].Index..(words[last].Index + words[last].Length)];
        return quote.Replace('\u2018', '\'').Replace('\u2019', '\'').Replace('\u201C', '"').Replace('\u201D', '"');
    }

    /// <summary>Keeps the generated prose in the paragraph: a line break could end it early or turn it into a heading.</summary>
    private static string OneLine(string line) => line.Replace("\\\n", " ").Replace('\n', ' ');

    [GeneratedRegex("\\S+")]
    private static partial Regex Word();
}
