using Generator.Fuzz;
using Generator.Tests.Support;

namespace Generator.Tests.Fuzz;

/// <summary>
/// Replays every seed of the fuzzing corpus (fuzz/corpus/) and every input the fuzzer found a bug with
/// (Regressions/, next to this file) through the same target code afl-fuzz runs, so a fixed bug stays fixed.
/// An input passes when its target returns: bad input must end in located diagnostics, never an exception or a hang.
/// See docs/fuzzing.md.
/// </summary>
[Trait("Category", "Unit")]
public sealed class FuzzReplayTests
{
    /// <summary>A hang detector, not a performance test: every input runs in milliseconds on a quiet machine.</summary>
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(10);

    private static string CorpusFolder(string target) => Path.Combine(RepositoryPaths.Root, "fuzz", "corpus", target);

    private static string RegressionsFolder => Path.Combine(RepositoryPaths.Root, "tests", "Generator.Tests", "Fuzz", "Regressions");

    public static TheoryData<string, string> Inputs()
    {
        var inputs = new TheoryData<string, string>();
        foreach (var target in FuzzTargets.All)
        {
            foreach (var folder in new[] { CorpusFolder(target.Name), Path.Combine(RegressionsFolder, target.Name) }.Where(Directory.Exists))
            {
                foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
                {
                    inputs.Add(target.Name, Path.GetRelativePath(RepositoryPaths.Root, file));
                }
            }
        }

        return inputs;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Input_goes_through_its_target_without_an_exception_or_a_hang(string target, string input)
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Root, input));
        var run = Task.Run(() => FuzzTargets.Find(target)!.Run(bytes));
        try
        {
            await run.WaitAsync(HangLimit);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"the {target} target did not finish {input} within {HangLimit.TotalSeconds} s: it hangs");
        }
    }

    [Fact]
    public void Every_target_has_a_seed_corpus()
    {
        foreach (var target in FuzzTargets.All)
        {
            Assert.True(Directory.Exists(CorpusFolder(target.Name)) && Directory.EnumerateFiles(CorpusFolder(target.Name)).Any(),
                $"fuzz/corpus/{target.Name}/ has no seed inputs");
        }
    }

    [Fact]
    public void Regression_folders_are_named_after_targets()
    {
        var names = FuzzTargets.All.Select(target => target.Name).ToList();
        foreach (var folder in Directory.EnumerateDirectories(RegressionsFolder))
        {
            Assert.Contains(Path.GetFileName(folder), names);
        }
    }
}
