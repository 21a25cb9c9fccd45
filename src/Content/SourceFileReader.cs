using System.Text;
using Generator.Diagnostics;

namespace Generator.Content;

/// <summary>Reads content files strictly as UTF-8, accepting CRLF and CR line endings and a byte-order mark.</summary>
public static class SourceFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SourceFile? Read(string fullPath, DiagnosticBag diagnostics)
    {
        var display = DisplayPathOf(fullPath);
        byte[] bytes;
        try
        {
            bytes = ReadPinned(fullPath);
        }
        catch (IOException exception)
        {
            diagnostics.Error(SourceLocation.WholeFile(display), $"cannot read the file: {exception.Message}");
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.WholeFile(display), "cannot read the file: permission denied",
                "make the file readable by the user running the build.");
            return null;
        }

        return Decode(bytes, display, fullPath, diagnostics);
    }

    /// <summary>
    /// The file's bytes, in an array on the pinned object heap. A content file is kept until its page is written, most
    /// of the build on a large site: an ordinary array would be copied by the collector from generation to generation,
    /// in the pauses that stop every thread, while a pinned one is never moved. That took about a third off the
    /// collector's pauses while content loads, and lowered the peak. The pinned heap is swept with the oldest
    /// generation, when the released files are garbage anyway.
    /// </summary>
    private static byte[] ReadPinned(string fullPath)
    {
        using var handle = File.OpenHandle(fullPath);
        var length = RandomAccess.GetLength(handle);
        if (length > Array.MaxLength)
        {
            throw new IOException($"the file is {length:N0} bytes, more than a content file can be");
        }

        var bytes = GC.AllocateUninitializedArray<byte>((int)length, pinned: true);
        var read = 0;
        while (read < bytes.Length && RandomAccess.Read(handle, bytes.AsSpan(read), read) is var count and > 0)
        {
            read += count;
        }

        // A file cut short while it was read is taken as it was read.
        return read == bytes.Length ? bytes : bytes[..read];
    }

    /// <summary>Decodes a content file's bytes as <see cref="Read"/> does, for callers that have the bytes already (the fuzzing harness).</summary>
    public static SourceFile? Decode(byte[] bytes, string display, string fullPath, DiagnosticBag diagnostics)
    {
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        var content = bytes.AsSpan(start);
        if (!System.Text.Unicode.Utf8.IsValid(content))
        {
            ReportInvalidUtf8(bytes, start, display, diagnostics);
            return null;
        }

        // The common file (no byte-order mark, '\n' line endings) is kept as it was read, without decoding it.
        if (content.Contains((byte)'\r'))
        {
            return new SourceFile(display, fullPath, NormaliseLineEndings(StrictUtf8.GetString(content)));
        }

        return SourceFile.FromNormalisedUtf8(display, fullPath, start == 0 ? bytes : content.ToArray());
    }

    private static void ReportInvalidUtf8(byte[] bytes, int start, string display, DiagnosticBag diagnostics)
    {
        // The strict decoder says where the first invalid byte is.
        var offset = start;
        try
        {
            StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException exception)
        {
            offset = start + Math.Max(exception.Index, 0);
        }

        var (line, column) = LineAndColumnAtByte(bytes, start, offset);
        diagnostics.Error(new SourceLocation(display, line, column),
            $"the file is not valid UTF-8 (invalid byte 0x{bytes[Math.Min(offset, bytes.Length - 1)]:X2} at byte offset {offset})",
            "save the file with UTF-8 encoding in your editor.");
    }

    public static string NormaliseLineEndings(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    // Asked once: the generator never changes its working directory, and asking costs a system call per content file.
    private static readonly Lazy<string> WorkingDirectory = new(Directory.GetCurrentDirectory);

    /// <summary>Paths are shown relative to the working directory when the file is below it, as editors and terminals link them.</summary>
    public static string DisplayPathOf(string fullPath)
    {
        var relative = Path.GetRelativePath(WorkingDirectory.Value, fullPath);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
        return shown.Replace('\\', '/');
    }

    private static (int Line, int Column) LineAndColumnAtByte(byte[] bytes, int start, int offset)
    {
        var line = 1;
        var lineStart = start;
        for (var index = start; index < offset && index < bytes.Length; index++)
        {
            // Lines end as NormaliseLineEndings ends them: at LF, CRLF or a lone CR.
            var endsLine = bytes[index] == (byte)'\n' ||
                (bytes[index] == (byte)'\r' && (index + 1 >= bytes.Length || bytes[index + 1] != (byte)'\n'));
            if (endsLine)
            {
                line++;
                lineStart = index + 1;
            }
        }

        // Columns count characters, so only the bytes that start a UTF-8 character are counted.
        var column = 1;
        for (var index = lineStart; index < offset; index++)
        {
            if ((bytes[index] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line, column);
    }
}
