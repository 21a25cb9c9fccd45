using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Generator.Rendering;

/// <summary>
/// A text writer per thread that encodes what it is given into UTF-8 as it comes, into a buffer kept from one page to
/// the next. A page went through a <see cref="StringBuilder"/>, then a string, then a UTF-8 copy for the file: on a
/// large site the glossary page alone (7.7 MB) held about 70 MB while it was rendered, and every article page left
/// two strings of about 190 KB behind. Now a page is its UTF-8 bytes, once.
/// </summary>
public static class ReusedUtf8Writer
{
    // A buffer that grew past this (a page far larger than usual) is not kept, so one page cannot pin it for good.
    private const int LargestKeptCapacity = 4 * 1024 * 1024;

    [ThreadStatic]
    private static Utf8Writer? Spare;

    /// <summary>Calls <paramref name="write"/> with an empty writer and returns the UTF-8 it wrote, as an array of its own.</summary>
    public static byte[] Write<TState>(TState state, Action<TextWriter, TState> write)
    {
        // Taken, not borrowed: a write that (through a filter) needs a writer itself gets a new one.
        var writer = Spare ?? new Utf8Writer();
        Spare = null;
        writer.Clear();
        write(writer, state);
        var bytes = writer.Finish();
        if (writer.Capacity <= LargestKeptCapacity)
        {
            Spare = writer;
        }

        return bytes;
    }

    /// <summary>
    /// Writes <paramref name="utf8"/> (HTML already encoded, such as a rendered layout) without decoding it when the
    /// writer is one of these; otherwise as text.
    /// </summary>
    public static void WriteEncoded(TextWriter writer, byte[] utf8)
    {
        if (writer is Utf8Writer encoded)
        {
            encoded.WriteEncoded(utf8);
        }
        else
        {
            writer.Write(Encoding.UTF8.GetString(utf8));
        }
    }

    private sealed class Utf8Writer() : TextWriter(CultureInfo.InvariantCulture)
    {
        private byte[] _buffer = new byte[64 * 1024];
        private int _length;

        // A high surrogate at the end of one write waits for its low half at the start of the next.
        private char _pendingHighSurrogate;

        public int Capacity => _buffer.Length;

        public override Encoding Encoding => Encoding.UTF8;

        public void Clear()
        {
            _length = 0;
            _pendingHighSurrogate = '\0';
        }

        public byte[] Finish()
        {
            // A lone high surrogate at the very end: encoded as U+FFFD, as encoding the whole string would.
            EndPendingSurrogate();
            return _buffer.AsSpan(0, _length).ToArray();
        }

        public void WriteEncoded(ReadOnlySpan<byte> utf8)
        {
            EndPendingSurrogate();
            Reserve(utf8.Length);
            utf8.CopyTo(_buffer.AsSpan(_length));
            _length += utf8.Length;
        }

        public override void Write(char value)
        {
            if (value < 0x80 && _pendingHighSurrogate == '\0')
            {
                Reserve(1);
                _buffer[_length++] = (byte)value;
                return;
            }

            Encode([value], isFinal: false);
        }

        public override void Write(string? value) => Encode(value, isFinal: false);

        public override void Write(char[] buffer, int index, int count) => Encode(buffer.AsSpan(index, count), isFinal: false);

        public override void Write(ReadOnlySpan<char> buffer) => Encode(buffer, isFinal: false);

        // TextWriter's own asynchronous writes queue each call on the thread pool; writing to memory needs no waiting.
        public override Task WriteAsync(char value)
        {
            Write(value);
            return Task.CompletedTask;
        }

        public override Task WriteAsync(string? value)
        {
            Write(value);
            return Task.CompletedTask;
        }

        public override Task WriteAsync(char[] buffer, int index, int count)
        {
            Write(buffer, index, count);
            return Task.CompletedTask;
        }

        public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return Task.CompletedTask;
        }

        public override Task FlushAsync() => Task.CompletedTask;

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        private void Encode(ReadOnlySpan<char> text, bool isFinal)
        {
            if (text.IsEmpty)
            {
                return;
            }

            if (_pendingHighSurrogate != '\0' && char.IsLowSurrogate(text[0]))
            {
                ReadOnlySpan<char> pair = [_pendingHighSurrogate, text[0]];
                _pendingHighSurrogate = '\0';
                Encode(pair, isFinal: true);
                text = text[1..];
                if (text.IsEmpty)
                {
                    return;
                }
            }

            // A waiting high surrogate not followed by its low half is alone.
            EndPendingSurrogate();

            // At most three bytes a UTF-16 unit.
            Reserve(text.Length * 3);
            var status = Utf8.FromUtf16(text, _buffer.AsSpan(_length), out var read, out var written, replaceInvalidSequences: true, isFinalBlock: isFinal);
            _length += written;
            if (status == System.Buffers.OperationStatus.NeedMoreData)
            {
                _pendingHighSurrogate = text[read];
            }
        }

        private void EndPendingSurrogate()
        {
            if (_pendingHighSurrogate != '\0')
            {
                ReadOnlySpan<char> alone = [_pendingHighSurrogate];
                _pendingHighSurrogate = '\0';
                Encode(alone, isFinal: true);
            }
        }

        private void Reserve(int bytes)
        {
            if (_length + bytes <= _buffer.Length)
            {
                return;
            }

            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + bytes));
        }
    }
}
