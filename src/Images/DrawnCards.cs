using System.Collections.Concurrent;

namespace Generator.Images;

/// <summary>
/// The social cards this process has drawn, by the key of what they show: drawing and encoding a card is most of a
/// small site's build, and a process that builds more than once without a build cache (a dry <c>check</c>, builds
/// with <c>--no-cache</c> in one preview session, the test suite's hundreds of small sites) draws the same cards again.
/// The key covers everything a card is drawn from (<see cref="ProcessImages"/>), so a card kept is the card it would
/// draw. Bounded: past <see cref="Most"/> cards it starts again, so a long session's memory stays small.
/// </summary>
public static class DrawnCards
{
    private const int Most = 256;
    private static readonly ConcurrentDictionary<string, byte[]> Cards = new(StringComparer.Ordinal);

    public static byte[] Get(string key, Func<byte[]> draw)
    {
        if (Cards.TryGetValue(key, out var drawn))
        {
            return drawn;
        }

        if (Cards.Count >= Most)
        {
            Cards.Clear();
        }

        return Cards.GetOrAdd(key, _ => draw());
    }
}
