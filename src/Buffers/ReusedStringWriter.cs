using System.Text;

namespace Generator.Buffers;

/// <summary>
/// A text writer per thread whose buffer is kept from one use to the next. Every section and every page was written
/// into a fresh <see cref="StringWriter"/> otherwise, which grows chunk by chunk and is copied once more into the result:
/// on a large site that was a gigabyte of short-lived memory, much of it large enough to skip the cheap collections.
/// Kept under <see cref="BufferPolicy"/>.
/// </summary>
public static class ReusedStringWriter
{
    /// <summary>Calls <paramref name="write"/> with an empty writer and returns what it wrote.</summary>
    public static string Write<TState>(TState state, Action<TextWriter, TState> write)
    {
        var writer = ThreadSpares<BuilderWriter>.Take();
        write(writer, state);
        var text = writer.Builder.ToString();
        ThreadSpares<BuilderWriter>.Return(writer);
        return text;
    }

    /// <summary>Writes into a <see cref="StringBuilder"/> and, unlike <see cref="StringWriter"/>, has no lock-free checks or disposal state: Markdig writes to it one short string at a time.</summary>
    private sealed class BuilderWriter : InMemoryTextWriter, IReusedBuffer
    {
        public StringBuilder Builder { get; } = new(16 * 1024);

        public long HeldBytes => (long)Builder.Capacity * sizeof(char);

        public void Clear() => Builder.Clear();

        public override Encoding Encoding => Encoding.Unicode;

        public override void Write(char value) => Builder.Append(value);

        public override void Write(string? value) => Builder.Append(value);

        public override void Write(char[] buffer, int index, int count) => Builder.Append(buffer, index, count);

        public override void Write(ReadOnlySpan<char> buffer) => Builder.Append(buffer);
    }
}
