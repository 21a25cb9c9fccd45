using System.Text;
using System.Text.Unicode;

namespace Generator.Buffers;

/// <summary>
/// A text writer per thread that encodes what it is given into UTF-8 as it comes, into a buffer kept from one page to
/// the next. A page went through a <see cref="StringBuilder"/>, then a string, then a UTF-8 copy for the file: on a
/// large site the glossary page alone (7.7 MB) held about 70 MB while it was rendered, and every article page left
/// two strings of about 190 KB behind. Now a page is its UTF-8 bytes, once. Kept under <see cref="BufferPolicy"/>.
/// </summary>
public static class ReusedUtf8Writer
{
    /// <summary>
    /// Calls <paramref name="write"/> with an empty writer and returns what it wrote, held in the writer (not copied
    /// out) until the result is disposed.
    /// </summary>
    public static EncodedHtml Write<TState>(TState state, Action<TextWriter, TState> write)
    {
        var writer = ThreadSpares<Utf8Writer>.Take();
        try
        {
            write(writer, state);
            writer.EndPendingSurrogate();
        }
        catch
        {
            Return(writer);
            throw;
        }

        return new EncodedHtml(writer);
    }

    /// <summary>
    /// Writes <paramref name="html"/> (already encoded, such as a rendered layout) without decoding it when the writer
    /// is one of these; otherwise as text.
    /// </summary>
    public static void WriteEncoded(TextWriter writer, EncodedHtml html)
    {
        if (writer is Utf8Writer encoded)
        {
            html.CopyTo(encoded);
        }
        else
        {
            writer.Write(html.ToText());
        }
    }

    /// <summary>Keeps a writer whose contents are no longer needed for the next write on this thread.</summary>
    internal static void Return(Utf8Writer writer) => ThreadSpares<Utf8Writer>.Return(writer);

    /// <summary>
    /// Writes into chunks of 64 KB rather than one array that doubles: a 7.7 MB page would otherwise leave arrays of
    /// 1, 2 and 4 MB behind on the large-object heap, which only a full collection clears.
    /// </summary>
    internal sealed class Utf8Writer : InMemoryTextWriter, IReusedBuffer
    {
        private const int ChunkSize = 64 * 1024;

        private readonly List<byte[]> _chunks = [new byte[ChunkSize]];

        // How many bytes of each chunk before the current one are used: a chunk may end a few bytes short, as a
        // character's bytes are never split between two.
        private readonly List<int> _used = [];
        private int _chunk;
        private int _position;

        // A high surrogate at the end of one write waits for its low half at the start of the next.
        private char _pendingHighSurrogate;

        public override Encoding Encoding => Encoding.UTF8;

        public long HeldBytes => (long)_chunks.Count * ChunkSize;

        public void Clear()
        {
            _used.Clear();
            _chunk = 0;
            _position = 0;
            _pendingHighSurrogate = '\0';
        }

        /// <summary>The bytes written, chunk by chunk.</summary>
        public IEnumerable<ReadOnlyMemory<byte>> Written()
        {
            for (var index = 0; index <= _chunk; index++)
            {
                yield return _chunks[index].AsMemory(0, index == _chunk ? _position : _used[index]);
            }
        }

        public int Length => _used.Sum() + _position;

        public void WriteEncoded(ReadOnlySpan<byte> utf8)
        {
            EndPendingSurrogate();
            while (!utf8.IsEmpty)
            {
                var room = Room();
                var length = Math.Min(room.Length, utf8.Length);
                utf8[..length].CopyTo(room);
                _position += length;
                utf8 = utf8[length..];
            }
        }

        public override void Write(char value)
        {
            if (value < 0x80 && _pendingHighSurrogate == '\0')
            {
                Room()[0] = (byte)value;
                _position++;
                return;
            }

            Encode([value], isFinal: false);
        }

        public override void Write(string? value) => Encode(value, isFinal: false);

        public override void Write(char[] buffer, int index, int count) => Encode(buffer.AsSpan(index, count), isFinal: false);

        public override void Write(ReadOnlySpan<char> buffer) => Encode(buffer, isFinal: false);

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
            while (true)
            {
                // A chunk with room for at least one whole character (four bytes); what does not fit goes on in the next.
                var room = Room(4);
                var status = Utf8.FromUtf16(text, room, out var read, out var written, replaceInvalidSequences: true, isFinalBlock: isFinal);
                _position += written;
                text = text[read..];
                switch (status)
                {
                    case System.Buffers.OperationStatus.DestinationTooSmall:
                        NextChunk();
                        continue;
                    case System.Buffers.OperationStatus.NeedMoreData:
                        _pendingHighSurrogate = text[0];
                        return;
                    default:
                        return;
                }
            }
        }

        /// <summary>A high surrogate still waiting for its low half at the end is alone: U+FFFD, as in a whole string.</summary>
        public void EndPendingSurrogate()
        {
            if (_pendingHighSurrogate != '\0')
            {
                ReadOnlySpan<char> alone = [_pendingHighSurrogate];
                _pendingHighSurrogate = '\0';
                Encode(alone, isFinal: true);
            }
        }

        /// <summary>The free part of the current chunk, moving on to the next chunk when it has fewer than <paramref name="atLeast"/> bytes free.</summary>
        private Span<byte> Room(int atLeast = 1)
        {
            if (ChunkSize - _position < atLeast)
            {
                NextChunk();
            }

            return _chunks[_chunk].AsSpan(_position);
        }

        private void NextChunk()
        {
            _used.Add(_position);
            _chunk++;
            _position = 0;
            if (_chunk == _chunks.Count)
            {
                _chunks.Add(new byte[ChunkSize]);
            }
        }
    }
}
