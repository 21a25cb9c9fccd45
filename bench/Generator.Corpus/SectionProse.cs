using System.Globalization;
using System.Text;

namespace Generator.Corpus;

/// <summary>
/// Writes a section's Markdown: four to six paragraphs of reporting (some as lists or a block quote), headings, now
/// and then a table or a footnote, with the section's terms mentioned one to three times each in the shapes of
/// <see cref="TermSentences"/>, and terms already mentioned repeated in headings, links and code, where they must not
/// be linked.
/// </summary>
public sealed class SectionProse
{
    private readonly Random _random;
    private readonly Func<Random, string> _otherPage;
    private readonly List<string> _quotes = [];
    private readonly List<string> _plainSentences = [];
    private readonly List<CorpusTerm> _mentioned = [];
    private int _shape;

    /// <param name="otherPage">Picks the address of a page of the site for an internal link.</param>
    private SectionProse(Random random, Func<Random, string> otherPage)
    {
        _random = random;
        _otherPage = otherPage;
        _shape = random.Next(TermSentences.Linked.Length);
    }

    /// <summary>The Markdown.</summary>
    public string Markdown { get; private set; } = "";

    /// <summary>Words of the prose a note can quote: each occurs once, and no two overlap.</summary>
    public IReadOnlyList<string> Quotes => _quotes;

    /// <summary>Sentences without a term or markup, for a pull quote.</summary>
    public IReadOnlyList<string> PlainSentences => _plainSentences;

    public static SectionProse Write(SectionPlan section, Random random, Func<Random, string> otherPage)
    {
        var prose = new SectionProse(random, otherPage);
        prose.Markdown = prose.Compose(section);
        prose.KeepUniqueQuotes();
        return prose;
    }

    private string Compose(SectionPlan section)
    {
        var mentions = section.Terms.SelectMany(term => Enumerable.Repeat(term, _random.Next(1, 4))).ToArray();
        _random.Shuffle(mentions);
        var paragraphs = _random.Next(4, 7);
        var footnote = _random.NextDouble() < 0.2;
        var markdown = new StringBuilder();
        for (var paragraph = 0; paragraph < paragraphs; paragraph++)
        {
            if (paragraph == paragraphs / 2 || (paragraph > 0 && _random.NextDouble() < 0.3))
            {
                markdown.Append(Heading()).Append("\n\n");
            }

            var sentences = Enumerable.Range(0, _random.Next(3, 6)).Select(_ => Filler()).ToList();
            var share = mentions[(mentions.Length * paragraph / paragraphs)..(mentions.Length * (paragraph + 1) / paragraphs)];
            foreach (var term in share)
            {
                sentences.Insert(_random.Next(sentences.Count + 1), Mention(term));
                _mentioned.Add(term);
            }

            if (_random.NextDouble() < 0.35)
            {
                sentences.Add(NotLinked());
            }

            if (_random.NextDouble() < 0.1)
            {
                sentences.Add(TermSentences.Fill(TermSentences.ExplicitLink, "", Pick(section.Terms), ""));
            }

            if (paragraph == 0 && footnote)
            {
                sentences[0] += "[^1]";
            }

            markdown.Append(Paragraph(sentences)).Append("\n\n");
            if (paragraph == 1 && _random.NextDouble() < 0.1)
            {
                markdown.Append(Table()).Append('\n');
            }
        }

        if (footnote)
        {
            markdown.Append("[^1]: ").Append(Pick(Vocabulary.FootnoteSources)).Append('\n');
        }

        return markdown.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>A sentence of reporting; the clause of a reported one is a candidate for a note's quote.</summary>
    private string Filler()
    {
        string sentence;
        if (_random.NextDouble() < 0.4)
        {
            sentence = Pick(Vocabulary.Sentences);
        }
        else
        {
            var opener = _random.NextDouble() < 0.3 ? Pick(Vocabulary.Openers) : "";
            var subject = Pick(Vocabulary.Subjects);
            var clause = Pick(Vocabulary.Clauses);
            sentence = opener + (opener.Length > 0 ? char.ToLowerInvariant(subject[0]) + subject[1..] : subject) + " " +
                Pick(Vocabulary.ReportingVerbs) + " " + clause + ".";
            var words = clause.Split(' ');
            var length = Math.Min(words.Length, _random.Next(3, 6));
            _quotes.Add(string.Join(' ', words.Skip(_random.Next(words.Length - length + 1)).Take(length)));
        }

        _plainSentences.Add(sentence);
        return sentence;
    }

    /// <summary>The term in the next shape; in the plural or by an alias now and then, where the term has them.</summary>
    private string Mention(CorpusTerm term)
    {
        if (term.Plurals.Count > 0 && _random.NextDouble() < 0.4)
        {
            return TermSentences.Fill(Pick(TermSentences.LinkedPlural), Pick(term.Plurals), term, "");
        }

        var template = TermSentences.Linked[_shape++ % TermSentences.Linked.Length];
        var form = term.Aliases.Count > 0 && _random.NextDouble() < 0.4 ? Pick(term.Aliases) : term.Name;
        return TermSentences.Fill(template, form, term, "");
    }

    /// <summary>A term already mentioned, again, in code or link text; or a plain sentence if none was.</summary>
    private string NotLinked()
    {
        if (_mentioned.Count == 0)
        {
            return Filler();
        }

        var term = Pick(_mentioned);
        var template = _random.NextDouble() < 0.5 ? Pick(TermSentences.InCode) : Pick(TermSentences.InLink);
        return TermSentences.Fill(template, term.Name, term, _otherPage(_random));
    }

    private string Heading()
    {
        var level = _random.NextDouble() < 0.8 ? "###" : "####";
        if (_mentioned.Count > 0 && _random.NextDouble() < 0.6)
        {
            var term = Pick(_mentioned);
            return level + " " + TermSentences.Fill(Pick(TermSentences.InHeading), term.Name, term, "");
        }

        return level + " " + Pick(Vocabulary.Headings);
    }

    /// <summary>Mostly plain paragraphs, one sentence a line or run on; sometimes a list or a block quote.</summary>
    private string Paragraph(List<string> sentences)
    {
        var form = _random.NextDouble();
        return form switch
        {
            < 0.10 => string.Join('\n', sentences.Select(sentence => "- " + sentence)),
            < 0.15 => string.Join('\n', sentences.Select((sentence, index) => (index + 1).ToString(CultureInfo.InvariantCulture) + ". " + sentence)),
            < 0.25 => "> " + string.Join(' ', sentences),
            < 0.60 => string.Join('\n', sentences),
            _ => string.Join(' ', sentences),
        };
    }

    private string Table()
    {
        var table = new StringBuilder("| Year | Budget (millions) | Inspectors |\n|---|---:|---:|\n");
        for (var year = 2019; year < 2023; year++)
        {
            table.Append(CultureInfo.InvariantCulture, $"| {year} | {_random.Next(80, 400)} | {_random.Next(10, 90)} |\n");
        }

        return table.ToString();
    }

    /// <summary>
    /// A note is anchored to the first occurrence of its quote, and two notes may not share words: keep the quotes that
    /// occur exactly once in the text, apart from each other.
    /// </summary>
    private void KeepUniqueQuotes()
    {
        var taken = new List<(int Start, int End)>();
        var kept = new List<string>();
        foreach (var quote in _quotes.Distinct(StringComparer.Ordinal))
        {
            var start = Markdown.IndexOf(quote, StringComparison.Ordinal);
            if (Markdown.IndexOf(quote, start + 1, StringComparison.Ordinal) < 0 &&
                taken.All(range => start + quote.Length <= range.Start || start >= range.End))
            {
                taken.Add((start, start + quote.Length));
                kept.Add(quote);
            }
        }

        _quotes.Clear();
        _quotes.AddRange(kept);
    }

    private T Pick<T>(IReadOnlyList<T> choices) => choices[_random.Next(choices.Count)];
}
