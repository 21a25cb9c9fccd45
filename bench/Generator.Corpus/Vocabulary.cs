using System.Text.RegularExpressions;

namespace Generator.Corpus;

/// <summary>
/// The English the corpus is written in: parts of news sentences combined at random, so sections read like reporting
/// without repeating whole paragraphs. None of it names a glossary term; terms are put in by <see cref="TermSentences"/>.
/// </summary>
public static partial class Vocabulary
{
    public static readonly string[] Subjects =
    [
        "Officials", "The delegation", "A spokesperson for the ministry", "Local farmers", "Several analysts",
        "The regional governor", "Residents of the valley", "Negotiators", "The committee", "Independent monitors",
        "Two senior diplomats", "The opposition", "Union leaders", "The finance minister", "Aid workers",
        "Shipping companies", "Engineers", "Teachers at the district school", "Reporters", "The mayor",
    ];

    public static readonly string[] ReportingVerbs =
    [
        "said on Monday that", "warned that", "insisted that", "conceded that", "told reporters that", "argued that",
        "repeated that", "suggested that", "denied that", "announced that", "wrote in a letter that", "admitted that",
    ];

    /// <summary>Clauses without punctuation: the words a note can quote.</summary>
    public static readonly string[] Clauses =
    [
        "the talks would resume within a week", "the budget had been cut twice", "nothing had been decided yet",
        "the roads would reopen before winter", "prices had risen faster than wages", "the schedule was realistic",
        "more inspectors were needed on the ground", "the first payments had arrived late", "the old bridge would need years of repairs",
        "the harvest was smaller than expected", "the agreement would survive the winter", "no one had read the final draft",
        "the trains were running again", "the port had doubled its capacity", "the committee had met in private",
        "the water supply was secure for now", "the border crossings would stay open", "the census figures were out of date",
        "the new timetable had been approved by phone", "the loans would be repaid over ten years", "the hospital was running short of staff",
        "the vote had been postponed until spring", "the factory would hire again in autumn", "the map showed the wrong villages",
    ];

    public static readonly string[] Openers =
    [
        "On Tuesday, ", "Late in the evening, ", "According to the latest figures, ", "Earlier in the week, ", "By the afternoon, ",
        "In a short statement, ", "For the first time, ", "After a long pause, ",
    ];

    public static readonly string[] Sentences =
    [
        "Officials spent most of the week negotiating over details that had been settled months earlier.",
        "Reporters waiting outside the hall were told that a statement would follow, but none came before midnight.",
        "The delegations disagreed less about the goal than about the order of the first steps.",
        "A senior diplomat, speaking on condition of anonymity, described the mood as tired but not hostile.",
        "Several of the documents circulated that morning were drafts, and some contradicted each other on basic dates.",
        "By the end of the month, the number of inspectors on the ground had roughly doubled.",
        "Critics pointed out that the same promises had been made twice before, and twice abandoned.",
        "Nobody in the room seemed to know who had approved the new timetable, or when.",
        "The weather did not help: heavy rain closed two of the three roads into the valley.",
        "The first convoy left shortly after dawn, escorted by two police cars and a camera crew.",
        "In the market square, conversation turned from prices to rumours and back again within minutes.",
        "Observers were allowed to visit only the sites that had been cleared in advance.",
        "Independent monitors reported fewer incidents than in any month since records began.",
        "A leaked memo suggested that officials had underestimated the need for temporary housing.",
        "Dockworkers gathered at the gates each morning to learn whether there would be work that day.",
        "The cost of the programme was estimated at just over four hundred million, most of it for roads and storage.",
        "Family members of the missing men held a silent vigil outside the regional court.",
        "Few expected the arrangement to survive its first winter, yet by spring it was still in place.",
    ];

    public static readonly string[] Headings =
    [
        "What comes next", "Money, roads and storage", "A slow start", "Voices from the valley", "The numbers",
        "Reactions", "Background", "What the draft says", "A second round", "Who pays",
    ];

    public static readonly string[] SectionTitles =
    [
        "Talks resume after a pause", "Farmers count the cost", "A deadline slips again", "Monitors report fewer incidents",
        "The budget under strain", "Ports brace for a busy season", "Schools reopen in the north", "A vote is postponed",
        "Engineers inspect the bridges", "Aid convoys reach the valley", "A new timetable is agreed", "Prices keep rising",
    ];

    public static readonly string[] Headlines =
    [
        "Talks stall over the timetable", "A fragile deal holds through the winter", "Monitors see fewer incidents",
        "Budget row delays reconstruction", "Ports and railways prepare for reopening", "Negotiators return to the table",
    ];

    public static readonly string[] Deks =
    [
        "Delegations meet again after a week of silence; farmers and dockworkers wait for the first payments.",
        "A short statement, a longer memo and a timetable nobody has seen: what was agreed, and what was not.",
        "Inspectors double their numbers on the ground while the budget for roads is cut for the second time.",
    ];

    /// <summary>Names of people who are not glossary terms: bylines, people lists, photo credits.</summary>
    public static readonly string[] PeopleNames =
    [
        "Anna Weber", "Tomas Keller", "Irene Costa", "Jonas Lind", "Marta Novak", "Peter Hale", "Lucia Ferrer",
        "Daniel Brooks", "Elena Ruiz", "Samuel Okafor",
    ];

    public static readonly string[] Roles =
    [
        "regional governor", "finance minister", "spokesperson", "union leader", "senior diplomat", "aid worker", "mayor",
    ];

    public static readonly string[] Cities = ["Geneva", "Vienna", "Istanbul", "Warsaw", "Athens", "Lisbon", "Oslo", "Prague"];

    public static readonly string[] Agencies = ["AFP", "AP", "Reuters", "Wire Desk"];

    public static readonly string[] Tags =
    [
        "diplomacy", "economy", "transport", "agriculture", "energy", "reconstruction", "elections", "trade", "security",
        "infrastructure", "health", "education",
    ];

    public static readonly string[] Captions =
    [
        "Delegates leave the conference hall after the evening session.", "A convoy waits at the checkpoint before dawn.",
        "Farmers inspect a flooded field on the edge of the valley.", "Dockworkers gather at the gates of the harbour.",
        "Engineers survey the old bridge during a break in the rain.",
    ];

    public static readonly string[] NoteTexts =
    [
        "The figure comes from the ministry's own estimate, published the same week.",
        "This was the third time the date had been moved since the summer.",
        "The *final draft* was shared with delegations only on the morning of the meeting.",
        "Independent monitors could not confirm the account.",
    ];

    public static readonly string[] RelatedTitles =
    [
        "How the timetable was drawn up", "Inside the budget negotiations", "The roads that connect the valley",
        "A year of talks in five documents",
    ];

    public static readonly string[] Standfirsts =
    [
        "Officials say the next round could decide whether the arrangement survives the winter.",
        "A week of meetings ended with a short statement and a longer list of open questions.",
    ];

    public static readonly string[] FootnoteSources =
    [
        "Figures from the regional statistics office, revised in the spring.",
        "As reported in the ministry's weekly bulletin.",
    ];

    /// <summary>
    /// Every word the corpus writes outside term names, in lower case. Made-up term names avoid them, so a term can only
    /// match where a term was put, and a larger glossary never finds more in the same prose.
    /// </summary>
    public static IReadOnlySet<string> Words { get; } = CollectWords();

    private static HashSet<string> CollectWords()
    {
        IEnumerable<string>[] lists =
        [
            Subjects, ReportingVerbs, Clauses, Openers, Sentences, Headings, SectionTitles, Headlines, Deks, PeopleNames, Roles, Cities,
            Agencies, Tags, Captions, NoteTexts, RelatedTitles, Standfirsts, FootnoteSources, TermSentences.AllTemplates, TermDefinitions.AllTemplates,
        ];
        return lists.SelectMany(list => list).SelectMany(text => WordPattern().Matches(text)).Select(match => match.Value.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();
}
