using BenchmarkDotNet.Attributes;
using Generator.Diagnostics;
using Generator.Glossary;
using Generator.Prose;
using Generator.Rendering;
using Markdig.Syntax;

namespace Generator.Benchmarks;

/// <summary>
/// Term linking on one article against glossaries of 10, 1,000 and 10,000 terms that all hold the same ten terms
/// the article names: the work is the same, so the time must not grow with the glossary (the issue allows 20%).
/// </summary>
[MemoryDiagnoser]
public class TermLinkingBenchmarks
{
    private const string IdScope = "benchmark";

    private string _article = "";
    private string[] _prose = [];
    private GlossaryIndex _glossary = null!;

    [Params(10, 1_000, 10_000)]
    public int TermCount { get; set; }

    /// <summary>The glossary index is built once per site build, so building it is not part of what is measured.</summary>
    [GlobalSetup]
    public void BuildGlossary()
    {
        _article = BenchmarkArticle.Create(BenchmarkGlossary.RealTerms);
        _prose = ProseRunCollector.Collect(MarkdownSetup.Parse(_article)).Select(run => run.TextInContext).ToArray();
        _glossary = BuildIndex(BenchmarkGlossary.Create(TermCount, _article));
        EnsureOnlyRealTermsMatch();
    }

    /// <summary>
    /// The matcher alone, over exactly the texts linking searches: each prose run (paragraph text outside headings, links
    /// and code) with the characters around it.
    /// </summary>
    [Benchmark]
    public int FindAllInProse()
    {
        var found = 0;
        foreach (var text in _prose)
        {
            found += _glossary.Matcher.FindAll(text).Count;
        }

        return found;
    }

    /// <summary>Parsing alone, so the linking share of <see cref="ParseAndLink"/> can be read off.</summary>
    [Benchmark(Baseline = true)]
    public MarkdownDocument Parse() => MarkdownSetup.Parse(_article);

    /// <summary>The linking step as a build runs it; it changes the document, so each call parses a fresh one.</summary>
    [Benchmark]
    public int ParseAndLink()
    {
        var document = MarkdownSetup.Parse(_article);
        return LinkGlossaryTerms.Run(document, _glossary, IdScope).Count;
    }

    private static GlossaryIndex BuildIndex(IReadOnlyList<Term> terms)
    {
        var diagnostics = new DiagnosticBag();
        var index = new GlossaryIndex(terms, diagnostics);
        if (diagnostics.HasErrors)
        {
            throw new InvalidOperationException("The generated glossary is invalid: " + string.Join("; ", diagnostics.Sorted().Select(d => d.Message)));
        }

        return index;
    }

    /// <summary>
    /// Guards the comparison: if a made-up term matched the article, a larger glossary would do more linking work and
    /// the figures would no longer compare glossary sizes alone.
    /// </summary>
    private void EnsureOnlyRealTermsMatch()
    {
        var realOnly = BuildIndex(BenchmarkGlossary.RealTerms).Matcher;
        foreach (var text in _prose)
        {
            var expected = realOnly.FindAll(text).Select(match => (match.Start, match.Length, match.Term.Slug));
            var actual = _glossary.Matcher.FindAll(text).Select(match => (match.Start, match.Length, match.Term.Slug));
            if (!expected.SequenceEqual(actual))
            {
                throw new InvalidOperationException($"With {TermCount} terms the matches differ from the real terms' in: {text}");
            }
        }
    }
}
