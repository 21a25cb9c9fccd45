namespace Generator.Corpus;

/// <summary>
/// The short and long definitions of a term, by kind. Each long definition mentions another term (<c>{Next}</c>), so
/// every term is used — by the prose or by a definition — and a strict build has no unused-term warning.
/// <c>{Next}</c> is always in the middle of a sentence, so a name keeps its case.
/// </summary>
public static class TermDefinitions
{
    private const string NameSlot = "{Name}";
    private const string NextSlot = "{Next}";
    private const string YearSlot = "{Year}";

    // Plain text under the generator's 300-character limit for 'short', with no Markdown characters.
    private static readonly Dictionary<TermKind, string> Shorts = new()
    {
        [TermKind.Person] = "{Name} is a negotiator who has taken part in the talks since {Year} and speaks for the northern districts.",
        [TermKind.Place] = "{Name} is a district on the river plain, home to the main grain stores and a busy rail junction.",
        [TermKind.Organisation] = "{Name} is a body set up in {Year} to oversee payments, inspections and the reopening of roads.",
        [TermKind.CommonNoun] = "The {Name} is an arrangement under which costs are shared between the districts and the central budget.",
        [TermKind.Acronym] = "{Name} is the short name of a joint office that publishes the monthly figures on trade and transport.",
    };

    private static readonly string[] Bodies =
    [
        "{Name} first appeared in official documents in {Year}. Its role grew after the **second round** of talks, when the " +
        "delegations agreed to publish their figures every month.\n\nIt is often discussed together with {Next}, whose decisions shape the same budgets.",
        "Few outside the region had heard of {Name} before {Year}.\n\n- It is named in the draft timetable.\n- It is reviewed every spring.\n\n" +
        "Its critics compare it with {Next}, which they consider more transparent.",
        "Since {Year}, {Name} has been part of every plan for the valley. The most recent review, by {Next}, found that most of its targets had been met.",
    ];

    public static IEnumerable<string> AllTemplates => Shorts.Values.Concat(Bodies);

    public static string Short(TermKind kind, string name, int year) => Fill(Shorts[kind], name, "", year);

    public static string Body(int variant, string name, string next, int year) => Fill(Bodies[variant % Bodies.Length], name, next, year);

    private static string Fill(string template, string name, string next, int year) =>
        template.Replace(NameSlot, name, StringComparison.Ordinal)
            .Replace(NextSlot, next, StringComparison.Ordinal)
            .Replace(YearSlot, year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
