using System.Diagnostics;

namespace Generator.Pipeline;

/// <summary>
/// The steps of one build as they ran, each with its time, processor time, allocations and the time the garbage collector stopped it, for <c>--timings</c>.
/// </summary>
/// <param name="clock">The build's clock, started when the build began.</param>
public sealed class StepTimings(Stopwatch clock)
{
    private readonly List<StepTiming> _steps = [];

    public IReadOnlyList<StepTiming> Steps => _steps;

    /// <summary>Runs one step and notes what it cost; steps run one after another, each on every core it needs.</summary>
    public T Time<T>(string name, Func<T> step)
    {
        var started = clock.Elapsed;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var processor = Environment.CpuUsage.TotalTime;
        var paused = GC.GetTotalPauseDuration();
        var result = step();
        _steps.Add(new StepTiming(name, clock.Elapsed - started, GC.GetTotalAllocatedBytes(precise: true) - allocated,
            Environment.CpuUsage.TotalTime - processor, GC.GetTotalPauseDuration() - paused));
        return result;
    }
}
