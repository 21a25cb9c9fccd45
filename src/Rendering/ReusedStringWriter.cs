using System.Text;

namespace Generator.Rendering;

/// <summary>
/// A text writer per thread whose buffer is kept from one use to the next. Every section and every page was written
/// into a fresh <see cref="StringWriter"/> otherwise, which grows chunk by chunk and is copied once more into the result:
/// on a large site that was a gigabyte of short-lived memory, much of it large enough to skip the cheap collections.
/// </summary>
public static class ReusedStringWriter
{
    // A buffer that grew past this (a page far larger than usual) is not kept, so one page cannot pin it for good.
    private const int LargestKeptCapacity = 4 * 1024 * 1024;

    [ThreadStatic]
    private static BuilderWriter? Spare;

    /// <summary>Calls <paramref name="write"/> with an empty writer and returns what it wrote.</summary>
    public static string Write<TState>(TState state, Action<TextWriter, TState> write)
    {
        // Taken, not borrowed: a write that (through a filter or an extension) needs a writer itself gets a new one.
        var writer = Spare ?? new BuilderWriter();
        Spare = null;
        writer.Builder.Clear();
        write(writer, state);
        var text = writer.Builder.ToString();
        if (writer.Builder.Capacity <= LargestKeptCapacity)
        {
            Spare = writer;
        }

        return text;
    }

    /// <summary>Writes into a <see cref="StringBuilder"/> and, unlike <see cref="StringWriter"/>, has no lock-free checks or disposal state: Markdig writes to it one short string at a time.</summary>
    private sealed class BuilderWriter : InMemoryTextWriter
    {
        public StringBuilder Builder { get; } = new(16 * 1024);

        public override Encoding Encoding => Encoding.Unicode;

        public override void Write(char value) => Builder.Append(value);

        public override void Write(string? value) => Builder.Append(value);

        public override void Write(char[] buffer, int index, int count) => Builder.Append(buffer, index, count);

        public override void Write(ReadOnlySpan<char> buffer) => Builder.Append(buffer);
    }
}
