using System.Globalization;
using Fluid;
using Fluid.Values;
using Generator.Localization;
using Generator.Rendering;

namespace Generator.Annotations;

/// <summary>
/// What the theme's note partials are given, every value HTML ready to print: <c>number</c>, <c>note_id</c> (the note's
/// element), <c>anchor_id</c> (the anchored words' element), <c>label</c> ("Note 3") and, for a sidenote,
/// <c>back_label</c> ("Back to the text of note 3"), in the language of the prose — the same wherever a note has that
/// number in that language — and each use's own <c>words</c> (<c>note-anchor.liquid</c>: the anchored words) or
/// <c>text</c> (<c>sidenote.liquid</c>: the note).
/// </summary>
public static class NoteModel
{
    public static PartialKey Key(int number, LanguageStrings strings) => new(null, strings, number);

    public static void SetShared(TemplateContext context, int number, LanguageStrings strings)
    {
        var text = number.ToString(CultureInfo.InvariantCulture);
        context.SetValue("number", NumberValue.Create(number));
        context.SetValue("note_id", Html(NoteIds.Note(number)));
        context.SetValue("anchor_id", Html(NoteIds.Anchor(number)));
        context.SetValue("label", Html(Label(strings, GeneratedStrings.Note, text)));
        context.SetValue("back_label", Html(Label(strings, GeneratedStrings.BackToNote, text)));
    }

    /// <summary>A note's label in the language of the text, escaped for an attribute.</summary>
    private static string Label(LanguageStrings strings, string key, string number) =>
        Glossary.TermLinkMarkup.Escape(strings.Generated(key, ("number", number)));

    private static StringValue Html(string html) => new(html, encode: false);
}
