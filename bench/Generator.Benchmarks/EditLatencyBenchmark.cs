using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Generator.Pipeline;
using Generator.Serving;

namespace Generator.Benchmarks;

/// <summary>
/// Issue #6 point 8: edit-to-file latency of the preview server. Runs the real <c>serve</c> session (watcher, cache,
/// server) on a copy of a site, saves a section file (or a term file) again and again, and times each save until the
/// rebuilt page is on disk with the edit in it. The first edits warm the process up and are not counted.
/// </summary>
public static class EditLatencyBenchmark
{
    private const int WarmUpEdits = 3;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(150);

    public static int Run(string input, string theme, int edits)
    {
        // Beside the repository, where an editor's site lives, not in the system's temporary folder: on this class of
        // machine making a folder under /tmp costs 40 times what it costs on the work volume, and a rebuild makes hundreds.
        var root = Path.Combine(RepositoryFolder.Root, "bench", ".latency", Guid.NewGuid().ToString("N"));
        var copy = Path.Combine(root, "input");
        CopyFolder(input, copy);
        var output = Path.Combine(root, "site");
        // The session makes its own cache, kept in memory, as serve does.
        var options = new BuildOptions(copy, output, theme);
        try
        {
            using var session = new PreviewSession(options, IPAddress.Loopback.ToString(), FreePort(), Path.Combine(root, "netlify.toml"), TextWriter.Null);
            var first = session.Start();
            if (!first.Succeeded)
            {
                Console.Error.WriteLine("The site does not build; fix it first:");
                foreach (var diagnostic in first.Diagnostics)
                {
                    Console.Error.WriteLine($"  {diagnostic.Location}: {diagnostic.Message}");
                }

                return 1;
            }

            var article = Directory.EnumerateDirectories(Path.Combine(copy, "articles")).Order(StringComparer.Ordinal).ElementAt(Directory.EnumerateDirectories(Path.Combine(copy, "articles")).Count() / 2);
            var section = Directory.EnumerateFiles(article, "*.md").Where(f => Path.GetFileName(f) != "index.md").Order(StringComparer.Ordinal).First();
            var page = Path.Combine(output, Path.GetFileName(article), "index.html");
            var term = Directory.EnumerateFiles(Path.Combine(copy, "glossary"), "*.md").Order(StringComparer.Ordinal).First();
            var termPage = Path.Combine(output, "glossary", Path.GetFileNameWithoutExtension(term), "index.html");

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Site: {input} ({first.Articles} articles, {first.Terms} terms, {first.Pages} pages); first build {first.Elapsed.TotalMilliseconds:0} ms."));
            Report("section edit → article page", Measure(session, section, page, edits, marker => $"\n\nAn edit numbered {marker} was saved.\n"));
            Report("term edit → term page", Measure(session, term, termPage, edits, marker => $"\n\nA definition edit numbered {marker} was saved.\n"));
            return 0;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>
    /// Milliseconds from each save to the rebuilt page holding the edit, and the step times of the rebuild that wrote
    /// it, warm-up edits left out.
    /// </summary>
    private static (List<double> Latencies, List<IReadOnlyList<StepTiming>> Steps) Measure(PreviewSession session, string file, string page, int edits, Func<string, string> edit)
    {
        var original = File.ReadAllText(file);
        var latencies = new List<double>();
        var steps = new List<IReadOnlyList<StepTiming>>();
        for (var index = 0; index < WarmUpEdits + edits; index++)
        {
            var marker = $"m{index:000}x{Environment.TickCount64 % 100000}";
            var rebuilt = new TaskCompletionSource<BuildResult>(TaskCreationOptions.RunContinuationsAsynchronously);
            void OnRebuilt(BuildResult result)
            {
                if (File.Exists(page) && File.ReadAllText(page).Contains(marker, StringComparison.Ordinal))
                {
                    rebuilt.TrySetResult(result);
                }
            }

            session.Rebuilt += OnRebuilt;
            var clock = Stopwatch.StartNew();
            File.WriteAllText(file, original + edit(marker));
            var finished = rebuilt.Task.Wait(Timeout);
            clock.Stop();
            session.Rebuilt -= OnRebuilt;
            if (!finished || !rebuilt.Task.Result.Succeeded)
            {
                throw new InvalidOperationException($"The page {page} did not show the edit to {file} within {Timeout.TotalSeconds} s.");
            }

            if (index >= WarmUpEdits)
            {
                latencies.Add(clock.Elapsed.TotalMilliseconds);
                steps.Add(rebuilt.Task.Result.Timings);
            }

            Thread.Sleep(Pause);
        }

        File.WriteAllText(file, original);
        return (latencies, steps);
    }

    /// <summary>The latencies, then the median time of each step of the rebuilds, so a figure can be traced to a step.</summary>
    private static void Report(string what, (List<double> Latencies, List<IReadOnlyList<StepTiming>> Steps) measured)
    {
        var latencies = measured.Latencies.Order().ToList();
        var p90 = latencies[(int)Math.Ceiling(latencies.Count * 0.9) - 1];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {what,-30} median {Median(latencies),6:0.0} ms   p90 {p90,6:0.0} ms   min {latencies[0],6:0.0} ms   max {latencies[^1],6:0.0} ms   ({latencies.Count} edits)"));
        var steps = measured.Steps.SelectMany(timings => timings).GroupBy(timing => timing.Step)
            .Select(group => $"{group.Key} {Median(group.Select(timing => timing.Elapsed.TotalMilliseconds).Order().ToList()).ToString("0.0", CultureInfo.InvariantCulture)}");
        Console.WriteLine($"    rebuild steps, median ms: {string.Join(", ", steps)}");
    }

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
