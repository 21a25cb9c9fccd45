using System.Buffers;
using Generator.Diagnostics;

namespace Generator.Content;

/// <summary>
/// Content files must not contain control characters (other than tab and line breaks): no web page, feed or sitemap
/// may carry them, and they are invisible in most editors, so each is reported at its line and column.
/// </summary>
public static class ControlCharacters
{
    // The refused ASCII bytes: C0 controls but tab and line feed, and DEL. Kept apart from the two lead bytes below, so
    // this search over every byte of the content runs on the searcher's faster all-ASCII path.
    private static readonly SearchValues<byte> AsciiSuspects = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(b => b is not ('\t' or '\n')).Select(b => (byte)b), 0x7F]);

    // The lead byte of the C1 controls (U+0080–U+009F are C2 80–C2 9F) and of the noncharacters U+FFFE and U+FFFF
    // (EF BF BE, EF BF BF), each found with a single-byte search.
    private const byte C1Lead = 0xC2;
    private const byte NoncharacterLead = 0xEF;

    /// <returns>The file when it is free of them; null, with an error at the first one, otherwise.</returns>
    public static SourceFile? Refuse(SourceFile file, DiagnosticBag diagnostics)
    {
        // Scanned as UTF-8, so a clean file (nearly every file) is never decoded.
        var bytes = file.Utf8;
        var first = Math.Min(bytes.IndexOfAny(AsciiSuspects) is var ascii and >= 0 ? ascii : int.MaxValue,
            Math.Min(FirstRefusedAfter(bytes, C1Lead), FirstRefusedAfter(bytes, NoncharacterLead)));
        if (first == int.MaxValue)
        {
            return file;
        }

        Report(file, first, diagnostics);
        return null;
    }

    /// <summary>Where the first refused character that starts with <paramref name="lead"/> is, or <see cref="int.MaxValue"/>.</summary>
    private static int FirstRefusedAfter(ReadOnlySpan<byte> bytes, byte lead)
    {
        var offset = 0;
        while (bytes[offset..].IndexOf(lead) is var found and >= 0)
        {
            var index = offset + found;
            if (IsRefusedAt(bytes, index))
            {
                return index;
            }

            offset = index + 1;
        }

        return int.MaxValue;
    }

    private static bool IsRefusedAt(ReadOnlySpan<byte> bytes, int index) => bytes[index] == C1Lead
        ? index + 1 < bytes.Length && bytes[index + 1] is >= 0x80 and <= 0x9F
        : index + 2 < bytes.Length && bytes[index + 1] == 0xBF && bytes[index + 2] is 0xBE or 0xBF;

    private static void Report(SourceFile file, int byteIndex, DiagnosticBag diagnostics)
    {
        var text = file.Text;
        var index = System.Text.Encoding.UTF8.GetCharCount(file.Utf8[..byteIndex]);
        var (line, column) = TextPosition.Of(text, index);
        diagnostics.Error(new SourceLocation(file.DisplayPath, line, column),
            $"the file contains the control character U+{(int)text[index]:X4}, which a web page cannot show",
            "delete it (editors often show it as a box or ^ sign; it usually comes from text pasted from another program).");
    }
}
