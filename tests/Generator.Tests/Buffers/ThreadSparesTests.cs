using Generator.Buffers;

namespace Generator.Tests.Buffers;

/// <summary>
/// The one retention policy of the reused buffers. Each test has a buffer type of its own: a thread's spares are kept
/// per type, so no test sees another's.
/// </summary>
[Trait("Category", "Unit")]
public sealed class ThreadSparesTests
{
    [Fact]
    public void A_returned_buffer_is_taken_again_cleared()
    {
        var buffer = ThreadSpares<SmallBuffer>.Take();
        buffer.Written = "a page";
        ThreadSpares<SmallBuffer>.Return(buffer);

        var again = ThreadSpares<SmallBuffer>.Take();

        Assert.Same(buffer, again);
        Assert.Equal("", again.Written);
    }

    [Fact]
    public void A_buffer_grown_past_the_cap_is_let_go()
    {
        var buffer = ThreadSpares<GrownBuffer>.Take();
        buffer.HeldBytes = BufferPolicy.LargestKeptBytes + 1;
        ThreadSpares<GrownBuffer>.Return(buffer);

        Assert.NotSame(buffer, ThreadSpares<GrownBuffer>.Take());
    }

    [Fact]
    public void A_buffer_at_the_cap_is_kept()
    {
        var buffer = ThreadSpares<FullBuffer>.Take();
        buffer.HeldBytes = BufferPolicy.LargestKeptBytes;
        ThreadSpares<FullBuffer>.Return(buffer);

        Assert.Same(buffer, ThreadSpares<FullBuffer>.Take());
    }

    [Fact]
    public void A_thread_keeps_no_more_spares_than_the_policy_says()
    {
        var taken = Enumerable.Range(0, BufferPolicy.SparesPerThread + 1).Select(_ => ThreadSpares<CountedBuffer>.Take()).ToList();
        foreach (var buffer in taken)
        {
            ThreadSpares<CountedBuffer>.Return(buffer);
        }

        var again = Enumerable.Range(0, BufferPolicy.SparesPerThread + 1).Select(_ => ThreadSpares<CountedBuffer>.Take()).ToList();

        Assert.Equal(BufferPolicy.SparesPerThread, again.Count(buffer => taken.Contains(buffer)));
    }

    [Fact]
    public void Spares_are_kept_per_thread()
    {
        var buffer = ThreadSpares<ThreadBuffer>.Take();
        ThreadSpares<ThreadBuffer>.Return(buffer);

        ThreadBuffer? takenElsewhere = null;
        var thread = new Thread(() => takenElsewhere = ThreadSpares<ThreadBuffer>.Take());
        thread.Start();
        thread.Join();

        Assert.NotSame(buffer, takenElsewhere);
        Assert.Same(buffer, ThreadSpares<ThreadBuffer>.Take());
    }

    public sealed class SmallBuffer : IReusedBuffer
    {
        public string Written { get; set; } = "";

        public long HeldBytes => 1024;

        public void Clear() => Written = "";
    }

    public sealed class GrownBuffer : IReusedBuffer
    {
        public long HeldBytes { get; set; }

        public void Clear()
        {
        }
    }

    public sealed class FullBuffer : IReusedBuffer
    {
        public long HeldBytes { get; set; }

        public void Clear()
        {
        }
    }

    public sealed class CountedBuffer : IReusedBuffer
    {
        public long HeldBytes => 1024;

        public void Clear()
        {
        }
    }

    public sealed class ThreadBuffer : IReusedBuffer
    {
        public long HeldBytes => 1024;

        public void Clear()
        {
        }
    }
}
