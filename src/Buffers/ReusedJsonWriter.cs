using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Generator.Buffers;

/// <summary>
/// JSON written straight to UTF-8 into a buffer each thread keeps from one use to the next, under
/// <see cref="BufferPolicy"/>: every article page carries linked data, and building it as a JSON tree first was most
/// of what making it cost.
/// </summary>
public static class ReusedJsonWriter
{
    /// <summary>Calls <paramref name="write"/> with a JSON writer over an empty buffer and returns what it wrote, as text.</summary>
    public static string Write<TState>(TState state, JsonWriterOptions options, Action<Utf8JsonWriter, TState> write)
    {
        var buffer = ThreadSpares<JsonBuffer>.Take();
        using (var json = new Utf8JsonWriter(buffer.Bytes, options))
        {
            write(json, state);
        }

        var text = Encoding.UTF8.GetString(buffer.Bytes.WrittenSpan);
        ThreadSpares<JsonBuffer>.Return(buffer);
        return text;
    }

    /// <summary>
    /// Calls <paramref name="write"/> with a JSON writer over an empty buffer and gives what it wrote, as UTF-8, to
    /// <paramref name="use"/>, before the buffer is kept for the next write: for JSON that is only read once (hashed),
    /// with no text made of it.
    /// </summary>
    public static TResult Write<TState, TResult>(TState state, Action<Utf8JsonWriter, TState> write, Func<ReadOnlyMemory<byte>, TState, TResult> use)
    {
        var buffer = ThreadSpares<JsonBuffer>.Take();
        using (var json = new Utf8JsonWriter(buffer.Bytes))
        {
            write(json, state);
        }

        var result = use(buffer.Bytes.WrittenMemory, state);
        ThreadSpares<JsonBuffer>.Return(buffer);
        return result;
    }

    private sealed class JsonBuffer : IReusedBuffer
    {
        public ArrayBufferWriter<byte> Bytes { get; } = new(4096);

        public long HeldBytes => Bytes.Capacity;

        public void Clear() => Bytes.ResetWrittenCount();
    }
}
