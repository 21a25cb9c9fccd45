using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Generator.Diagnostics;
using Generator.Images;
using Generator.Rendering;

namespace Generator.Benchmarks;

/// <summary>
/// Issue #15: what one social card costs. Draws cards for headlines of 4 to 30 words (every headline size and the
/// ellipsis are reached) with the repository's theme, one after another on one thread, and prints the median processor
/// time of a card and the PNGs' sizes. Processor time, not wall time: on a shared machine it is the figure that holds.
/// </summary>
public static class CardDrawingBenchmark
{
    private static readonly string[] Words =
        "the council votes on a budget after long debate over school funding while the river bridge stays shut and the mayor says her plan will cut costs as residents protest closure of the library".Split(' ');

    public static int Run(string[] arguments)
    {
        var count = new Option<int>("--cards") { Description = "Cards measured (each headline different).", DefaultValueFactory = _ => 200 };
        var command = new RootCommand("Draws social cards one at a time and prints the processor time and size of a card.") { count };
        command.SetAction(parse =>
        {
            if (parse.GetValue(count) < 1)
            {
                Console.Error.WriteLine("error: --cards must be at least 1");
                return 2;
            }

            return Measure(parse.GetValue(count));
        });
        return command.Parse(arguments).Invoke();
    }

    private static int Measure(int count)
    {
        var diagnostics = new DiagnosticBag();
        if (LoadTheme.Run(Path.Combine(RepositoryFolder.Root, "theme"), diagnostics) is not { } theme || CardStyle.Read(theme, diagnostics) is not { } style)
        {
            Console.Error.WriteLine("error: the repository's theme/card.yml could not be read");
            return 1;
        }

        var random = new Random(15);
        var headlines = Enumerable.Range(0, count)
            .Select(index => $"{index}: " + string.Join(' ', Enumerable.Range(0, random.Next(4, 31)).Select(_ => Words[random.Next(Words.Length)])))
            .ToList();

        // Warm up: the first cards pay for compiling the code and filling the glyph cache, which a build pays once.
        for (var index = 0; index < 20; index++)
        {
            SocialCard.Draw(style, $"warming up {index}", "The Annotated Daily", "7 December 2026");
        }

        using var process = Process.GetCurrentProcess();
        var times = new List<double>(count);
        var sizes = new List<int>(count);
        foreach (var headline in headlines)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            var png = SocialCard.Draw(style, headline, "The Annotated Daily", "7 December 2026");
            process.Refresh();
            times.Add((process.TotalProcessorTime - before).TotalMilliseconds);
            sizes.Add(png.Length);
        }

        times.Sort();
        sizes.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count} cards: processor time a card median {times[count / 2]:F2} ms, 90th percentile {times[count * 9 / 10]:F2} ms, total {times.Sum() / 1000:F2} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"PNG size: median {sizes[count / 2]:N0} bytes, smallest {sizes[0]:N0}, largest {sizes[^1]:N0}, mean {sizes.Average():N0}"));
        return 0;
    }
}
