namespace Generator.Buffers;

/// <summary>The spare buffers of one kind each thread keeps, under <see cref="BufferPolicy"/>.</summary>
public static class ThreadSpares<T>
    where T : class, IReusedBuffer, new()
{
    [ThreadStatic]
    private static Stack<T>? Spares;

    /// <summary>An empty buffer: one of this thread's spares, or a new one.</summary>
    public static T Take()
    {
        if (Spares is { Count: > 0 } spares)
        {
            var buffer = spares.Pop();
            buffer.Clear();
            return buffer;
        }

        return new T();
    }

    /// <summary>Keeps a buffer whose contents are no longer needed, unless it grew too large or the thread has enough spares.</summary>
    public static void Return(T buffer)
    {
        if (buffer.HeldBytes > BufferPolicy.LargestKeptBytes)
        {
            return;
        }

        var spares = Spares ??= new Stack<T>(BufferPolicy.SparesPerThread);
        if (spares.Count < BufferPolicy.SparesPerThread)
        {
            spares.Push(buffer);
        }
    }
}
