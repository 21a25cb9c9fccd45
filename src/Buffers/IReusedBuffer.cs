namespace Generator.Buffers;

/// <summary>A buffer kept from one use to the next by <see cref="ThreadSpares{T}"/>.</summary>
public interface IReusedBuffer
{
    /// <summary>The memory the buffer holds, used or not: what keeping it costs.</summary>
    long HeldBytes { get; }

    /// <summary>Forgets what was written, keeping the memory, for the next use.</summary>
    void Clear();
}
