using System.Text;

namespace Generator.Content;

/// <summary>
/// A content file as read from disk: its text with line endings normalised to '\n' and any byte-order mark removed,
/// so line numbers are the ones an editor shows whatever the file's origin.
/// </summary>
/// <remarks>
/// The text is held as UTF-8 and decoded when asked for: a site's content is held for the whole build, and UTF-8 is
/// half the size of .NET's UTF-16 strings for the mostly-ASCII prose of a news site (36 MB instead of 72 MB for a
/// 1,000-article site). A build that keeps nothing for the next one lets an article's files go once its page is written
/// (<see cref="Release"/>), so the prose is not all held until the build ends.
/// </remarks>
public sealed class SourceFile
{
    private static readonly UTF8Encoding Utf8Encoding = new(encoderShouldEmitUTF8Identifier: false);
    private byte[]? _utf8;

    /// <param name="text">The text, with line endings already normalised to '\n'.</param>
    public SourceFile(string displayPath, string fullPath, string text)
        : this(displayPath, fullPath, Utf8Encoding.GetBytes(text))
    {
    }

    private SourceFile(string displayPath, string fullPath, byte[] utf8)
    {
        DisplayPath = displayPath;
        FullPath = fullPath;
        _utf8 = utf8;
    }

    public string DisplayPath { get; }

    public string FullPath { get; }

    /// <summary>The whole text, decoded anew on every call: take it once into a local when it is needed more than once.</summary>
    public string Text => Utf8Encoding.GetString(Bytes);

    /// <summary>The text as UTF-8: what the file's fingerprint and the control-character check read, without decoding.</summary>
    public ReadOnlySpan<byte> Utf8 => Bytes;

    /// <summary>The text from the start of a line (1-based) to the end of the file; empty when the file has fewer lines.</summary>
    public string TextFromLine(int line) => Utf8Encoding.GetString(Utf8FromLine(line));

    /// <summary>The UTF-8 from the start of a line (1-based) to the end of the file; empty when the file has fewer lines.</summary>
    public ReadOnlySpan<byte> Utf8FromLine(int line)
    {
        var start = 0;
        for (var current = 1; current < line; current++)
        {
            var end = Array.IndexOf(Bytes, (byte)'\n', start);
            if (end < 0)
            {
                return [];
            }

            start = end + 1;
        }

        return Bytes.AsSpan(start);
    }

    /// <summary>
    /// Lets the text go: the file's article is rendered and its page written, and nothing reads it again in this
    /// build. Reading it afterwards is a mistake in the generator, and fails loudly rather than giving empty text.
    /// </summary>
    public void Release() => _utf8 = null;

    private byte[] Bytes => _utf8 ?? throw new InvalidOperationException($"the text of {DisplayPath} was released once its article was written");

    /// <summary>A file from bytes that are known to be valid UTF-8, '\n'-terminated lines and no byte-order mark.</summary>
    internal static SourceFile FromNormalisedUtf8(string displayPath, string fullPath, byte[] utf8) => new(displayPath, fullPath, utf8);
}
