namespace Generator.Tests.Browser;

/// <summary>
/// Lighthouse runs on its own after the other tests. Its performance score times the page's main-thread work: with
/// the rest of the suite on both cores, total blocking time went from 0 to about 300 ms and the score from 0.99 to 0.93
/// for the same page.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LighthouseCollection
{
    public const string Name = "Lighthouse";
}
