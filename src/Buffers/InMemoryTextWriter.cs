using System.Globalization;

namespace Generator.Buffers;

/// <summary>
/// A text writer into memory. <see cref="TextWriter"/>'s own asynchronous writes queue each call on the thread pool;
/// writing to memory needs no waiting, so here they write at once (Fluid writes a page through them, piece by piece).
/// </summary>
public abstract class InMemoryTextWriter() : TextWriter(CultureInfo.InvariantCulture)
{
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
}
