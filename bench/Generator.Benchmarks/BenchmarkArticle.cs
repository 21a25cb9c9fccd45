using System.Text;
using Generator.Glossary;

namespace Generator.Benchmarks;

/// <summary>
/// A fixed news article of about 3,000 words in 20 paragraphs, in which the glossary's real terms appear several times
/// each in every shape prose gives them: plain, capitalised, possessive, next to punctuation, inside emphasis,
/// and where they must not be linked (headings, link text, code). Made from a fixed seed, so every run measures the same text.
/// </summary>
internal static class BenchmarkArticle
{
    private const int Seed = 20_240_611;
    private const int ParagraphCount = 20;
    private const int NeutralSentencesPerParagraph = 7;
    private const string TermSlot = "{T}";
    private const string SlugSlot = "{slug}";

    private static readonly string[] NeutralSentences =
    [
        "Officials spent most of the week negotiating over details that had been settled, in principle, months earlier.",
        "Reporters waiting outside the hall were told that a statement would follow, but none came before midnight.",
        "The delegations disagreed less about the goal than about the order in which each side would take its first steps.",
        "Local farmers, who had watched prices fall for three seasons in a row, said they would believe the promises when the trucks arrived.",
        "A senior diplomat, speaking on condition of anonymity, described the mood as tired but not hostile.",
        "Several of the documents circulated that morning were drafts, and some contradicted each other on basic dates.",
        "The mayor asked residents to keep their questions short and to write down anything that could not be answered on the spot.",
        "By the end of the month, the number of inspectors on the ground had roughly doubled.",
        "Critics pointed out that the same promises had been made twice before, and twice abandoned.",
        "Analysts in the capital expected a slow start followed by a sudden rush of paperwork.",
        "Nobody in the room seemed to know who had approved the new timetable, or when.",
        "The weather did not help: heavy rain closed two of the three roads into the valley for most of the week.",
        "Shipping companies quietly raised their insurance estimates while publicly welcoming the news.",
        "The first convoy left shortly after dawn, escorted by two police cars and a camera crew.",
        "Teachers at the regional school said attendance had dropped as families moved closer to the coast.",
        "In the market square, conversation turned from prices to rumours and back again within minutes.",
        "The minister's office released a short summary, three pages long, that answered few of the questions asked.",
        "Observers were allowed to visit only the sites that had been cleared in advance.",
        "Independent monitors reported fewer incidents than in any month since records began.",
        "Engineers warned that the old bridges would need years of repairs before they could carry heavy loads again.",
        "The talks resumed on Thursday after a two-day pause that neither side wanted to explain.",
        "A spokesperson insisted that the schedule was realistic, although the first deadline had already slipped.",
        "Dockworkers gathered at the gates each morning to learn whether there would be work that day.",
        "Some of the most detailed accounts came from truck drivers, who crossed the region several times a week.",
        "The cost of the programme was estimated at just over four hundred million, most of it for roads and storage.",
        "Historians noted that the valley had changed hands four times in the past century.",
        "Family members of the missing men held a silent vigil outside the regional court.",
        "The opposition demanded a full debate in parliament before any further money was released.",
        "Few expected the agreement to survive its first winter, yet by spring it was still in place.",
        "A leaked memo suggested that officials had underestimated the number of people who would need temporary housing.",
    ];

    // Each sentence places the term in a different shape; "{T}" at the start of a sentence is capitalised.
    private static readonly string[] TermSentences =
    [
        "{T} was mentioned in nearly every speech, usually in the first minute.",
        "Supporters of {T} argued that nothing else on the table came close.",
        "{T}'s first test, according to the draft, would come within ninety days.",
        "Few people outside the region had heard of *{T}* before the spring.",
        "The part everyone agreed on and nobody had paid for ({T}) took up most of the afternoon.",
        "Questions about \"{T}\" dominated the afternoon session.",
        "The new figures, published alongside a map (see [{T}](https://example.org/{slug})), were more modest than expected.",
        "Critics of {T}, mostly from the coast, said the timetable ignored the harvest.",
        "When asked about {T}'s cost, the minister smiled and changed the subject.",
        "Much depends on {T}; much also depends on whether the money arrives on time.",
        "In the inspectors' spreadsheet the entry was simply `{T}`, with no further explanation.",
        "Residents near {T} said they had seen more traffic in a week than in the previous year.",
        "Local newspapers covered {T} on their front pages for five days running.",
        "The deal tied *{T}'s* future to a series of deadlines that few thought realistic.",
        "Even the sceptics conceded that {T} had changed the tone of the talks.",
        "Funding for {T} was the last item on the agenda, and the first to be postponed.",
        "{T}? One delegate answered the question with a shrug.",
        "Nobody disputed the importance of {T}.",
    ];

    // A heading comes before every fourth paragraph; terms in headings are never linked, but are still parsed.
    private static readonly string[] Headings =
    [
        "What {T} changes",
        "The road to {T}",
        "Money, roads and storage",
        "Inside {T}'s first month",
        "What comes next",
    ];

    /// <summary>The article's Markdown; it names only <paramref name="realTerms"/>, in turn.</summary>
    public static string Create(IReadOnlyList<Term> realTerms)
    {
        var random = new Random(Seed);
        var occurrence = 0;
        string NextTermIn(string template)
        {
            var term = realTerms[occurrence % realTerms.Count];
            // Every third round through the terms uses an alias, where the term has one.
            var round = occurrence / realTerms.Count;
            var form = round % 3 == 2 && term.Aliases.Count > 0 ? term.Aliases[0] : term.Name;
            occurrence++;
            if (template.StartsWith(TermSlot, StringComparison.Ordinal))
            {
                form = char.ToUpperInvariant(form[0]) + form[1..];
            }

            return template.Replace(TermSlot, form, StringComparison.Ordinal).Replace(SlugSlot, term.Slug, StringComparison.Ordinal);
        }

        var markdown = new StringBuilder();
        var termSentence = 0;
        for (var paragraph = 0; paragraph < ParagraphCount; paragraph++)
        {
            if (paragraph % 4 == 0)
            {
                var heading = Headings[paragraph / 4 % Headings.Length];
                markdown.Append("## ").Append(heading.Contains(TermSlot, StringComparison.Ordinal) ? NextTermIn(heading) : heading).Append("\n\n");
            }

            var sentences = new List<string>();
            for (var index = 0; index < NeutralSentencesPerParagraph; index++)
            {
                sentences.Add(NeutralSentences[random.Next(NeutralSentences.Length)]);
            }

            var termsInParagraph = 2 + paragraph % 2;
            for (var index = 0; index < termsInParagraph; index++)
            {
                var sentence = NextTermIn(TermSentences[termSentence++ % TermSentences.Length]);
                sentences.Insert(random.Next(sentences.Count + 1), sentence);
            }

            // One sentence a line, as authors often write Markdown: the soft line breaks are part of what is parsed.
            markdown.AppendJoin('\n', sentences).Append("\n\n");
        }

        return markdown.ToString();
    }
}
