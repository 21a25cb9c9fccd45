namespace Generator.Rendering;

/// <summary>
/// A Markdown renderer that writes the theme's markup into the prose (a term link, a note's anchor, a sidenote): it is
/// given the <see cref="ProseMarkup"/> of the text before the document is rendered (<c>MarkdownSetup.ToHtml</c>).
/// </summary>
public interface IProseMarkupRenderer
{
    ProseMarkup? Markup { set; }
}
