using Generator.Diagnostics;
using Generator.Localization;

namespace Generator.Rendering;

/// <summary>
/// What prose is rendered with besides its Markdown: the theme's prose partials, the strings of the language it is
/// written in (a term pop-up's "More about", a note's label), and where a partial's failure is reported.
/// </summary>
public sealed record ProseMarkup(ProsePartials Partials, LanguageStrings Strings, DiagnosticBag? Diagnostics = null);
