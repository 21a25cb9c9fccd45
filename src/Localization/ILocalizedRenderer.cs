namespace Generator.Localization;

/// <summary>
/// A Markdown renderer that writes fixed words into the prose (a term pop-up's "More about", a note's label): it is
/// given the strings of the language the text is in before the document is rendered (<c>MarkdownSetup.ToHtml</c>).
/// </summary>
public interface ILocalizedRenderer
{
    LanguageStrings? Strings { set; }
}
