using System.Text;
using Generator.Incremental;

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
    private string? _fingerprint;

    /// <param name="text">The text, with line endings already normalised to '\n'.</param>
    public SourceFile(string displayPath, string fullPath, string text)
        : this(displayPath, fullPath, Utf8Encoding.GetBytes(text), fingerprint: null)
    {
    }

    private SourceFile(string displayPath, string fullPath, byte[]? utf8, string? fingerprint)
    {
        DisplayPath = displayPath;
        FullPath = fullPath;
        _utf8 = utf8;
        _fingerprint = fingerprint;
    }

    public string DisplayPath { get; }

    public string FullPath { get; }

    /// <summary>A fingerprint of the text: equal fingerprints, equal text. Worked out once per file.</summary>
    public string Fingerprint => _fingerprint ??= new Fingerprint().Add(Bytes).Finish();

    /// <summary>The whole text, decoded anew on every call: take it once into a local when it is needed more than once.</summary>
    public string Text => Utf8Encoding.GetString(Bytes);

    /// <summary>The text as UTF-8: what the file's fingerprint and the control-character check read, without decoding.</summary>
    public ReadOnlySpan<byte> Utf8 => Bytes;

    /// <summary>The text from the start of a line (1-based) to the end of the file; empty when the file has fewer lines.</summary>
    public string TextFromLine(int line) => Utf8Encoding.GetString(Utf8FromLine(line));

    /// <summary>The UTF-8 from the start of a line (1-based) to the end of the file; empty when the file has fewer lines.</summary>
    public ReadOnlySpan<byte> Utf8FromLine(int line)
    {
        var bytes = Bytes;
        var start = 0;
        for (var current = 1; current < line; current++)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            if (end < 0)
            {
                return [];
            }

            start = end + 1;
        }

        return bytes.AsSpan(start);
    }

    /// <summary>
    /// Lets the text go: the file's article is rendered and its page written, and nothing reads it again in this
    /// build. A later build that keeps what was parsed from the file (<see cref="Incremental.ParsedFiles"/>) reads the
    /// text again if it needs it, as a file known by its fingerprint only.
    /// </summary>
    public void Release()
    {
        _fingerprint ??= new Fingerprint().Add(Bytes).Finish();
        _utf8 = null;
    }

    /// <summary>Whether the text is in memory: asking for the text of a file that is not reads it again.</summary>
    public bool IsHeld => _utf8 is not null;

    private byte[] Bytes => _utf8 ?? LazyInitializer.EnsureInitialized(ref _utf8, ReadAgain);

    /// <summary>
    /// The text of a file known by its fingerprint only (<see cref="Unread"/>, <see cref="Release"/>), read when something
    /// asks for it: it must still be the text the fingerprint was taken of, or what was made of the file is not what it holds.
    /// </summary>
    private byte[] ReadAgain()
    {
        var findings = new Diagnostics.DiagnosticBag();
        var file = SourceFileReader.Read(FullPath, findings);
        if (file is null || file.Fingerprint != _fingerprint)
        {
            throw new SourceFileChangedException(DisplayPath);
        }

        return file._utf8!;
    }

    /// <summary>A file from bytes that are known to be valid UTF-8, '\n'-terminated lines and no byte-order mark.</summary>
    internal static SourceFile FromNormalisedUtf8(string displayPath, string fullPath, byte[] utf8) => new(displayPath, fullPath, utf8, fingerprint: null);

    /// <summary>
    /// A file the build cache says is unchanged since it was read as text with this fingerprint: what was parsed from it
    /// is taken from the cache, and its text is read only if something asks for it (its article is rendered again).
    /// </summary>
    public static SourceFile Unread(string displayPath, string fullPath, string fingerprint) => new(displayPath, fullPath, utf8: null, fingerprint);
}
