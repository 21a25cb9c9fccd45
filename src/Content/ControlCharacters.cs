using Generator.Diagnostics;

namespace Generator.Content;

/// <summary>
/// Content files must not contain control characters (other than tab and line breaks): no web page, feed or sitemap
/// may carry them, and they are invisible in most editors, so each is reported at its line and column.
/// </summary>
public static class ControlCharacters
{
    /// <returns>The file when it is free of them; null, with an error at the first one, otherwise.</returns>
    public static SourceFile? Refuse(SourceFile file, DiagnosticBag diagnostics)
    {
        var text = file.Text;
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            if ((char.IsControl(character) && character is not ('\t' or '\n')) || character is '\uFFFE' or '\uFFFF')
            {
                var (line, column) = TextPosition.Of(text, index);
                diagnostics.Error(new SourceLocation(file.DisplayPath, line, column),
                    $"the file contains the control character U+{(int)character:X4}, which a web page cannot show",
                    "delete it (editors often show it as a box or ^ sign; it usually comes from text pasted from another program).");
                return null;
            }
        }

        return file;
    }
}
