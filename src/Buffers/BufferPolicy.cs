namespace Generator.Buffers;

/// <summary>
/// The one retention policy of the build's reused buffers (<see cref="ThreadSpares{T}"/>): the writers a section, a
/// page or a page's linked data is written into (<see cref="ReusedStringWriter"/>, <see cref="ReusedUtf8Writer"/>,
/// <see cref="ReusedJsonWriter"/>). Nothing else is pooled: every other buffer is made for one use and let go.
/// <list type="bullet">
/// <item>Per thread, never shared: the steps render in parallel, and a thread's own spares need no lock. A build runs
/// on a few threads, so what is kept is a few times the caps below.</item>
/// <item>Taken, not borrowed: a write that needs a writer while another is in use (a filter, a page's layout inside
/// the base layout) takes another spare or makes a new one.</item>
/// <item>A buffer that grew past <see cref="LargestKeptBytes"/> (a page far larger than usual, such as a large site's
/// glossary) is let go when it is returned, so one page cannot pin its memory for the rest of the process.</item>
/// </list>
/// </summary>
public static class BufferPolicy
{
    /// <summary>The most memory a buffer may hold and still be kept for the next use.</summary>
    public const long LargestKeptBytes = 4 * 1024 * 1024;

    /// <summary>
    /// Spares of each kind a thread keeps: two, as a page's own layout is still held while the base layout is written
    /// around it.
    /// </summary>
    public const int SparesPerThread = 2;
}
