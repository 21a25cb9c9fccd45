namespace Generator.Corpus;

/// <summary>
/// Sentences that carry a term, in every shape prose gives a name: plain, capitalised at the start of a sentence,
/// possessive (straight and curly apostrophe), next to punctuation, in emphasis, in the plural — and in the places
/// where it must never be linked: headings, link text and code. <c>{T}</c> is the term's name or an alias,
/// <c>{P}</c> its plural; either is capitalised at the start of a sentence.
/// </summary>
public static class TermSentences
{
    public const string Form = "{T}";
    public const string PluralForm = "{P}";
    public const string SlugSlot = "{slug}";
    public const string PageSlot = "{page}";

    /// <summary>Sentences in which the term is linked (the first occurrence in the section is).</summary>
    public static readonly string[] Linked =
    [
        "Supporters of {T} argued that nothing else on the table came close.",
        "{T} was mentioned in nearly every speech, usually in the first minute.",
        "{T}'s first test, according to the draft, would come within ninety days.",
        "When asked about {T}'s cost, the minister smiled and changed the subject.",
        "The deal tied {T}’s future to a series of deadlines that few thought realistic.",
        "The part everyone agreed on and nobody had paid for ({T}) took up most of the afternoon.",
        "Questions about \"{T}\" dominated the afternoon session.",
        "Much depends on {T}; much also depends on whether the money arrives on time.",
        "{T}? One delegate answered the question with a shrug.",
        "The plan—{T}, in effect—was never published in full.",
        "Few people outside the region had heard of *{T}* before the spring.",
        "The statement mentioned **{T}** twice, both times in passing.",
        "Critics of {T}, mostly from the coast, said the timetable ignored the harvest.",
        "Residents near {T} said they had seen more traffic in a week than in the previous year.",
        "It all came down to one name: {T}.",
        "Even the sceptics conceded that {T} had changed the tone of the talks.",
    ];

    /// <summary>Sentences for terms used in the plural.</summary>
    public static readonly string[] LinkedPlural =
    [
        "Two {P} were approved on the same day.",
        "{P} rarely survive a change of government.",
        "The ministry keeps a list of {P}, updated every quarter.",
    ];

    /// <summary>A term in code: shown as written, never linked.</summary>
    public static readonly string[] InCode =
    [
        "In the inspectors' spreadsheet the entry was simply `{T}`, with no further explanation.",
        "The file on the shared drive was called `{T} final`, although it was not.",
    ];

    /// <summary>A term in the text of a link to another page: never linked again.</summary>
    public static readonly string[] InLink =
    [
        "The figures were published alongside a map (see [{T} in numbers](https://example.org/data/{slug}/)).",
        "[Our earlier report on {T}]({page}) described the first round of talks.",
    ];

    /// <summary>Headings, which are never linked.</summary>
    public static readonly string[] InHeading = ["What {T} changes", "Inside {T}'s first month", "The road to {T}"];

    /// <summary>An editor's explicit link to the term, with words of their own.</summary>
    public const string ExplicitLink = "Officials described [the arrangement](term:{slug}) as the only one on offer.";

    public static IEnumerable<string> AllTemplates =>
        Linked.Concat(LinkedPlural).Concat(InCode).Concat(InLink).Concat(InHeading).Append(ExplicitLink)
            .Select(template => template.Replace(Form, "", StringComparison.Ordinal).Replace(PluralForm, "", StringComparison.Ordinal));

    /// <summary>The template with the term put in; a form that starts the sentence is capitalised.</summary>
    /// <param name="page">The root-relative address a link to another page of the site points at.</param>
    public static string Fill(string template, string form, CorpusTerm term, string page)
    {
        var slot = template.Contains(PluralForm, StringComparison.Ordinal) ? PluralForm : Form;
        var written = template.StartsWith(slot, StringComparison.Ordinal) ? char.ToUpperInvariant(form[0]) + form[1..] : form;
        return template.Replace(slot, written, StringComparison.Ordinal)
            .Replace(SlugSlot, term.Slug, StringComparison.Ordinal)
            .Replace(PageSlot, page, StringComparison.Ordinal);
    }
}
