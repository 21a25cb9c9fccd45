using System.Globalization;
using Fluid;
using Fluid.Values;
using Generator.Localization;
using Generator.Rendering;

namespace Generator.Glossary;

/// <summary>
/// What the theme's <c>partials/term-link.liquid</c> is given for one link, every value HTML ready to print: the
/// <c>term</c> (<c>name</c>, <c>slug</c>, <c>url</c>, <c>short</c>) and <c>more_about</c> (the pop-up's link text in
/// the language of the prose), the same for every link to the term in that language; and each link's own
/// <c>tooltip_id</c>, <c>endnote</c> (its number in the printed definitions, or nil) and <c>words</c>.
/// </summary>
public static class TermLinkModel
{
    public const int TooltipHole = 0;
    public const int EndnoteHole = 1;
    public const int WordsHole = 2;

    public static PartialKey Key(Term term, LanguageStrings strings, int? endnoteNumber) => new(term, strings, endnoteNumber is null ? 0 : 1);

    public static void SetShared(TemplateContext context, Term term, LanguageStrings strings)
    {
        context.SetValue("term", ProsePartials.Html(TermMembers(term)));
        context.SetValue("more_about", new StringValue(TermLinkMarkup.Escape(TermLinkMarkup.MoreAbout(term, strings)), encode: false));
    }

    public static bool HasValue(int hole, int? endnoteNumber) => hole != EndnoteHole || endnoteNumber is not null;

    /// <summary>The HTML a hole other than the words prints: what <see cref="HoleValue"/> writes.</summary>
    public static string HoleHtml(int hole, string tooltipId, int? endnoteNumber) =>
        hole == TooltipHole ? TermLinkMarkup.Escape(tooltipId) : endnoteNumber?.ToString(CultureInfo.InvariantCulture) ?? "";

    public static FluidValue HoleValue(int hole, string tooltipId, int? endnoteNumber, string wordsHtml) => hole switch
    {
        TooltipHole => new StringValue(TermLinkMarkup.Escape(tooltipId), encode: false),
        EndnoteHole => endnoteNumber is { } number ? NumberValue.Create(number) : NilValue.Instance,
        _ => new StringValue(wordsHtml, encode: false),
    };

    /// <summary>
    /// How a link shows its term: every member of <c>term</c> the partial is given, so an article is rendered again
    /// exactly when a term it links shows differently (the words around its name in <c>more_about</c> are the
    /// language's, part of the article's key).
    /// </summary>
    public static string Version(Term term) => Incremental.Fingerprint.Of([.. TermMembers(term).SelectMany(member => new[] { member.Name, member.Html })]);

    private static (string Name, string Html)[] TermMembers(Term term) =>
    [
        ("name", TermLinkMarkup.Escape(term.Name)),
        ("slug", TermLinkMarkup.Escape(term.Slug)),
        ("url", TermLinkMarkup.Escape(SiteUrls.Term(term.Slug))),
        ("short", TermLinkMarkup.Escape(term.Short)),
    ];
}
