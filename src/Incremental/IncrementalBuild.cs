using System.Collections.Concurrent;
using System.Text.Json;
using Generator.Content;
using Generator.Diagnostics;
using Generator.Glossary;
using Generator.Rendering;
using Generator.Rendering.Views;

namespace Generator.Incremental;

/// <summary>
/// One build's use of the <see cref="BuildCache"/>: decides which articles can be taken from it and which must be
/// rendered, which finished pages the output folder already holds, and remembers what was made for the next build.
/// <para>
/// An article is reused when its files, site.yml, the generator, the theme's prose partials and the strings its prose
/// carries (in its language's strings file) are unchanged, every glossary term it used (recorded
/// while it was rendered) still shows as it did where it is linked, and no term whose forms or matching rules changed
/// (or that was added or removed) has a word in its text. A page (or the feed) is reused when every input its rendering
/// recorded — the article or views it was given, the layouts and partials it is made of, the assets and terms its
/// layouts addressed, the site, the base address — still has the version it had (<see cref="InputVersions"/>), and the
/// output folder still holds exactly the file written. Anything else is rendered, so the result is always the one a
/// clean build gives.
/// </para>
/// </summary>
public sealed class IncrementalBuild
{
    private readonly BuildCache _cache;
    private readonly GlossaryIndex _glossary;
    private readonly string _outputFolder;
    private readonly int _feedEntries;
    private readonly string _siteKey;
    private readonly Localization.StringsCatalogue _strings;
    private readonly string _siteLanguage;
    private readonly string _prosePartialsVersion;
    private readonly Dictionary<string, string> _termFingerprints;
    private readonly Dictionary<string, TermSnapshot> _terms;
    private readonly IReadOnlyList<string> _changedTermWords;
    // How every term matches, as one fingerprint: a definition links the terms it mentions, so it is made from all of them.
    private readonly string _glossaryMatching;
    // Term slug → what its long definition is made from (but the terms it links), worked out once for both questions.
    private readonly Dictionary<string, string> _definitionKeys;
    // Term slug → its definition as this build rendered or reused it, for the next build.
    private readonly ConcurrentDictionary<string, DefinitionRecord> _definitions = new(StringComparer.Ordinal);
    private int _definitionsRendered;
    // Article slug → key, for the articles rendered and those reused; page output path → key, for every article page.
    private readonly ConcurrentDictionary<string, string> _rendered = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _reused;
    // Output path → the inputs the page was made from, for every page this build rendered or reused.
    private readonly ConcurrentDictionary<string, IReadOnlyList<RecordedDependency>> _pageDependencies;
    // Article slug → what its views are made from, for the pages that list articles.
    private readonly ConcurrentDictionary<string, string> _articleViewKeys;
    private Exception? _saveFailure;
    private int _pagesReused;

    /// <param name="feedEntries">How many of the newest articles the feed carries whole.</param>
    /// <param name="siteLanguage">The language of articles that name none: their prose is written with its strings.</param>
    public IncrementalBuild(BuildCache cache, string inputFolder, string outputFolder, Theme theme, GlossaryIndex glossary, string? baseUrl, int feedEntries, string siteLanguage)
    {
        _strings = theme.Strings;
        _prosePartialsVersion = theme.Prose.Version;
        _siteLanguage = siteLanguage;
        _feedEntries = feedEntries;
        _cache = cache;
        _glossary = glossary;
        // Full once: a relative path would make every page's check ask the system for the working directory.
        _outputFolder = Path.GetFullPath(outputFolder);
        var siteFile = Path.Combine(inputFolder, InputFolder.SiteFile);
        _siteKey = Fingerprint.Of(GeneratorVersion.Current, File.Exists(siteFile) ? File.ReadAllText(siteFile) : null);
        _terms = glossary.Terms.ToDictionary(t => t.Slug, Snapshot, StringComparer.Ordinal);
        _termFingerprints = glossary.Terms.ToDictionary(t => t.Slug, t => Fingerprint.Of(InputVersions.OfTermLink(t), _terms[t.Slug].MatchingFingerprint), StringComparer.Ordinal);
        _changedTermWords = ChangedTermWords(cache.Terms, _terms);
        // Every page and every article declares a few versions; the last build's counts say about how many.
        var pages = cache.Pages.Count;
        _glossaryMatching = Fingerprint.Of([.. _terms.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Value.MatchingFingerprint)]);
        _definitionKeys = glossary.Terms.ToDictionary(t => t.Slug, DefinitionKey, StringComparer.Ordinal);
        Versions = new InputVersions(_siteKey, baseUrl, theme, glossary, _glossaryMatching, expected: 2 * pages);
        _reused = ConcurrentTable.Sized<string>(pages);
        _articleViewKeys = ConcurrentTable.Sized<string>(pages);
        _pageDependencies = ConcurrentTable.Sized<IReadOnlyList<RecordedDependency>>(pages);
    }

    /// <summary>The version of every input in this build, to record what a page was made from and to check it later.</summary>
    public InputVersions Versions { get; }

    public int ArticlesRendered => _rendered.Count;

    public int PagesReused => _pagesReused;

    /// <summary>How many terms' long definitions this build rendered; the others were taken from the cache.</summary>
    public int DefinitionsRendered => _definitionsRendered;

    /// <summary>
    /// The term's long definition as the cache has it, with the warnings rendering it gave reported again; null when it
    /// must be rendered: its file, the site, the prose partials or its language's strings changed, a term changed how
    /// it matches (any term: it may now be linked in the definition, or no longer), or a term it links shows
    /// differently where linked.
    /// </summary>
    public DefinitionRecord? ReuseDefinition(Term term, DiagnosticBag diagnostics)
    {
        if (!_cache.Definitions.Read().TryGetValue(term.Slug, out var record) || record.Key != _definitionKeys[term.Slug] ||
            !record.TermFingerprints.All(pair => _termFingerprints.TryGetValue(pair.Key, out var current) && current == pair.Value))
        {
            return null;
        }

        diagnostics.AddRange(record.Warnings);
        _definitions[term.Slug] = record;
        return record;
    }

    /// <summary>Keeps a freshly rendered definition (and what rendering it reported) for the next build; not one that gave an error.</summary>
    public void RememberDefinition(Term term, string html, IReadOnlyList<Term> mentioned, IReadOnlyList<Diagnostic> findings)
    {
        Interlocked.Increment(ref _definitionsRendered);
        if (findings.Any(finding => finding.Severity == Severity.Error))
        {
            return;
        }

        var linked = mentioned.Select(t => t.Slug).ToList();
        _definitions[term.Slug] = new DefinitionRecord(_definitionKeys[term.Slug],
            linked.Distinct(StringComparer.Ordinal).ToDictionary(slug => slug, slug => _termFingerprints[slug], StringComparer.Ordinal),
            html, linked, findings);
    }

    /// <summary>
    /// The article as the cache has it, with the warnings rendering it gave reported again; null when it must be
    /// rendered. Its HTML is read only when something this build makes shows it: its page, when that is not the one the
    /// output folder holds, or its feed entry (<paramref name="position"/> among the newest). Otherwise the article comes
    /// without it, as the pages that list articles take it.
    /// </summary>
    public RenderedArticle? Reuse(Article article, int position, DiagnosticBag diagnostics)
    {
        var record = _cache.Article(article.Slug);
        if (record is null || record.Key != ArticleKey(article) || !TermsUnchanged(record) || MentionsChangedTerm(article))
        {
            return null;
        }

        // Declared first: whether its page is current depends on it.
        DeclareArticle(article.Slug, record);
        ArticleProse? prose = null;
        if (position < _feedEntries || !IsPageCurrent(SiteUrls.ArticleFile(article.Slug)))
        {
            prose = _cache.Prose(article.Slug);
            if (prose is null || prose.OutputFingerprint != record.OutputFingerprint || prose.SectionsHtml.Count != record.Sections.Count)
            {
                return null;
            }
        }

        var rendered = Restore(article, record, prose);
        if (rendered is null)
        {
            return null;
        }

        diagnostics.AddRange(record.Warnings);
        _reused[article.Slug] = record.Key;
        return rendered;
    }

    /// <summary>
    /// The article with its HTML as this build rendered or reused it, read back from the cache (where rendering stored
    /// it at once): for a page made again once the whole site is known, without holding every article's HTML until
    /// then. Null when the cache does not hold it (it could not be written).
    /// </summary>
    public RenderedArticle? ReadBack(Article article)
    {
        var record = _cache.Article(article.Slug);
        var prose = _cache.Prose(article.Slug);
        return record is null || prose is null || prose.OutputFingerprint != record.OutputFingerprint || prose.SectionsHtml.Count != record.Sections.Count
            ? null
            : Restore(article, record, prose);
    }

    /// <summary>Keeps a freshly rendered article (and the warnings it gave) for the next build.</summary>
    public void Remember(RenderedArticle rendered, IReadOnlyList<Diagnostic> warnings)
    {
        var sections = rendered.Sections.Select(s => new SectionRecord(
            s.Section.Slug,
            s.Notes,
            s.LinkedTerms.Select(t => t.Slug).ToList(),
            s.ListedTerms.ToDictionary(pair => pair.Key, pair => pair.Value.Slug, StringComparer.Ordinal),
            s.WordCount)).ToList();
        var used = rendered.Sections
            .SelectMany(s => s.LinkedTerms.Concat(s.ListedTerms.Values))
            .Concat(rendered.Definitions)
            .Select(t => t.Slug)
            .Distinct(StringComparer.Ordinal)
            .ToDictionary(slug => slug, slug => _termFingerprints[slug], StringComparer.Ordinal);
        var key = ArticleKey(rendered.Article);
        var definitions = rendered.Definitions.Select(t => t.Slug).ToList();
        var html = rendered.Sections.Select(s => s.Html).ToList();
        var output = OutputFingerprint(rendered.StandfirstHtml, sections, html, definitions);
        var record = new ArticleRecord(key, output, used, rendered.StandfirstHtml, sections, definitions, warnings, rendered.ReaderText, rendered.Links);
        _rendered[rendered.Article.Slug] = key;
        DeclareArticle(rendered.Article.Slug, record);
        try
        {
            _cache.SaveArticle(rendered.Article.Slug, record, new ArticleProse(output, html));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Interlocked.CompareExchange(ref _saveFailure, exception, null);
        }
    }

    /// <summary>
    /// The page as the output folder holds it, when every input it was made from (<see cref="DependencyRecorder"/>) has
    /// the version it had then and the file is still the one written (same size and modification time): writing the
    /// site keeps that file as it is. The versions of what the build makes (the articles, the views a page lists) must
    /// be declared before this is asked.
    /// </summary>
    public Page? ReusePage(string outputPath, string sourceFile)
    {
        if (!IsPageCurrent(outputPath))
        {
            return null;
        }

        var page = _cache.Pages[outputPath];
        _pageDependencies[outputPath] = page.Dependencies;
        // A feed is not a page and has no facts to check.
        var isPage = outputPath.EndsWith(".html", StringComparison.Ordinal);
        if (isPage)
        {
            Interlocked.Increment(ref _pagesReused);
        }

        return new Page(outputPath, "", sourceFile) { IsReused = true, Facts = isPage ? page.Facts : null };
    }

    /// <summary>Whether the output folder holds the page as it would be rendered now (its inputs' versions declared).</summary>
    public bool IsPageCurrent(string outputPath)
    {
        if (!_cache.Pages.TryGetValue(outputPath, out var page) || !Versions.AreCurrent(page.Dependencies))
        {
            return false;
        }

        var file = new FileInfo(Path.Combine(_outputFolder, outputPath));
        return file.Exists && file.Length == page.FileLength && file.LastWriteTimeUtc.Ticks == page.FileWriteTicks;
    }

    /// <summary>Keeps what a page rendered by this build read, with the versions it read, for the next build.</summary>
    public void Recorded(string outputPath, DependencyRecorder recorder) => _pageDependencies[outputPath] = Versions.Record(recorder);

    /// <summary>
    /// A key for the view of an article as the pages that list articles are given it: what it was made from (its
    /// files, what rendering them gave, what it shows of its terms) and whether it keeps its sections' prose (only the
    /// feed's newest do; every article keeps its standfirst). Null for an article this build neither took from the cache
    /// nor rendered.
    /// </summary>
    public string? ArticleViewKey(RenderedArticle article) =>
        _articleViewKeys.TryGetValue(article.Article.Slug, out var key)
            ? Fingerprint.Of(key, article.Sections.Any(s => s.Html.Length > 0) ? "prose" : "no prose")
            : null;

    /// <summary>After a successful build: records every article page as written (its key, size, time and facts) and saves the cache.</summary>
    public void Complete(IReadOnlyList<Page> pages)
    {
        if (_saveFailure is { } failure)
        {
            throw new IOException(failure.Message, failure);
        }

        var records = new Dictionary<string, PageRecord>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            if (!_pageDependencies.TryGetValue(page.OutputPath, out var dependencies))
            {
                continue;
            }

            // A feed is not read for the checks; it is recorded with no facts.
            var facts = page.Facts ?? Publishing.PageFacts.None;

            if (page.IsReused)
            {
                records[page.OutputPath] = _cache.Pages[page.OutputPath];
            }
            else
            {
                var file = new FileInfo(Path.Combine(_outputFolder, page.OutputPath));
                records[page.OutputPath] = new PageRecord(dependencies, file.Length, file.LastWriteTimeUtc.Ticks, facts);
            }
        }

        _cache.Save(_rendered.Keys.Concat(_reused.Keys).ToHashSet(StringComparer.Ordinal), _terms, records);
        _cache.Definitions.Save(_definitions);
    }

    /// <summary>
    /// What an article is made from. Each content file counts by its path and the fingerprint of its text, which a file
    /// the build did not read again has from the cache, so a rebuild hashes only what was saved, not the whole site's text.
    /// </summary>
    private string ArticleKey(Article article)
    {
        var fingerprint = new Fingerprint();
        // An update time read from git (updated: auto) is shown on the page, but is in none of the files.
        fingerprint.Add(_siteKey).Add(article.Standfirst.File.DisplayPath).Add(article.Standfirst.File.Fingerprint).Add(article.Updated?.Iso);
        // The fixed words the prose carries (term pop-ups' links, notes' labels) are its language's strings.
        fingerprint.Add(_strings.For(article.LanguageOr(_siteLanguage))?.ProseVersion);
        // The markup of its term links and notes is the theme's prose partials'.
        fingerprint.Add(_prosePartialsVersion);
        foreach (var section in article.Sections)
        {
            fingerprint.Add(section.Body.File.DisplayPath).Add(section.Body.File.Fingerprint);
        }

        return fingerprint.Finish();
    }

    /// <summary>What a term's long definition is made from, but the terms it links (each checked on its own).</summary>
    private string DefinitionKey(Term term) =>
        new Fingerprint()
            .Add(_siteKey)
            .Add(term.Slug)
            .Add(term.Body.File.DisplayPath)
            .Add(term.Body.File.Fingerprint)
            .Add(_strings.For(term.LanguageOr(_siteLanguage))?.ProseVersion)
            .Add(_prosePartialsVersion)
            .Add(_glossaryMatching)
            .Finish();

    /// <summary>The versions of a rendered article: whole, for its page, and as listing pages are given it.</summary>
    private void DeclareArticle(string slug, ArticleRecord record)
    {
        var viewKey = ArticleViewKey(record);
        _articleViewKeys[slug] = viewKey;
        Versions.Declare(Dependency.Article(slug), viewKey);
    }

    /// <summary>Hashed value by value, with nothing made for it: a rebuild works it out for every article of the archive.</summary>
    private static string ArticleViewKey(ArticleRecord record)
    {
        var fingerprint = new Fingerprint().Add(record.Key).Add(record.OutputFingerprint);
        foreach (var (slug, version) in record.TermFingerprints.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            fingerprint.Add(slug).Add(version);
        }

        return fingerprint.Finish();
    }

    /// <summary>Everything rendering an article gave, fingerprinted: the HTML, notes and terms of every section, and the definitions.</summary>
    private static string OutputFingerprint(string standfirstHtml, IReadOnlyList<SectionRecord> sections, IReadOnlyList<string> sectionsHtml, IReadOnlyList<string> definitionSlugs)
    {
        var fingerprint = new Fingerprint();
        fingerprint.Add(standfirstHtml).Add(sections.Count);
        for (var index = 0; index < sections.Count; index++)
        {
            var section = sections[index];
            fingerprint.Add(section.Slug).Add(sectionsHtml[index]).Add(section.WordCount).Add(section.Notes.Count);
            foreach (var note in section.Notes)
            {
                fingerprint.Add(note.Number).Add(note.Quote).Add(note.Html);
            }

            fingerprint.Add(section.LinkedTermSlugs.Count);
            foreach (var slug in section.LinkedTermSlugs)
            {
                fingerprint.Add(slug);
            }

            fingerprint.Add(section.ListedTermSlugs.Count);
            foreach (var (name, slug) in section.ListedTermSlugs.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                fingerprint.Add(name).Add(slug);
            }
        }

        fingerprint.Add(definitionSlugs.Count);
        foreach (var slug in definitionSlugs)
        {
            fingerprint.Add(slug);
        }

        return fingerprint.Finish();
    }

    private bool TermsUnchanged(ArticleRecord record) =>
        record.TermFingerprints.All(pair => _termFingerprints.TryGetValue(pair.Key, out var current) && current == pair.Value);

    private bool MentionsChangedTerm(Article article) =>
        _changedTermWords.Count > 0 &&
        article.Sections.Select(s => s.Body.File.Text).Prepend(article.Standfirst.File.Text)
            .Any(text => _changedTermWords.Any(word => text.Contains(word, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The rendered article from its record, with its sections' HTML when <paramref name="prose"/> is given and without it otherwise.</summary>
    private RenderedArticle? Restore(Article article, ArticleRecord record, ArticleProse? prose)
    {
        if (record.Sections.Count != article.Sections.Count)
        {
            return null;
        }

        var sections = new List<RenderedSection>(record.Sections.Count);
        for (var index = 0; index < record.Sections.Count; index++)
        {
            var kept = record.Sections[index];
            var section = article.Sections[index];
            if (kept.Slug != section.Slug || Terms(kept.LinkedTermSlugs) is not { } linked)
            {
                return null;
            }

            var listed = new Dictionary<string, Term>(StringComparer.Ordinal);
            foreach (var (name, slug) in kept.ListedTermSlugs)
            {
                if (_glossary.Find(slug) is not { } term)
                {
                    return null;
                }

                listed[name] = term;
            }

            sections.Add(new RenderedSection(section, prose?.SectionsHtml[index] ?? "", kept.Notes, linked, listed, kept.WordCount));
        }

        return Terms(record.DefinitionSlugs) is { } definitions ? new RenderedArticle(article, record.StandfirstHtml, sections, definitions, record.ReaderText) { Links = record.Links } : null;
    }

    private List<Term>? Terms(IReadOnlyList<string> slugs)
    {
        var terms = new List<Term>(slugs.Count);
        foreach (var slug in slugs)
        {
            if (_glossary.Find(slug) is not { } term)
            {
                return null;
            }

            terms.Add(term);
        }

        return terms;
    }

    private static TermSnapshot Snapshot(Term term)
    {
        var fingerprint = new Fingerprint();
        fingerprint.Add(term.Slug).Add(term.CaseSensitive ? 1 : 0);
        foreach (var form in term.Forms)
        {
            fingerprint.Add(form);
        }

        return new TermSnapshot(fingerprint.Finish(), term.Forms.Select(LongestWord).Distinct(StringComparer.OrdinalIgnoreCase).ToList());
    }

    /// <summary>The longest run of letters and digits in a form: any text the form matches contains it.</summary>
    private static string LongestWord(string form)
    {
        var longest = "";
        var start = -1;
        for (var index = 0; index <= form.Length; index++)
        {
            var inWord = index < form.Length && char.IsLetterOrDigit(form[index]);
            if (inWord && start < 0)
            {
                start = index;
            }
            else if (!inWord && start >= 0)
            {
                if (index - start > longest.Length)
                {
                    longest = form[start..index];
                }

                start = -1;
            }
        }

        return longest;
    }

    private static List<string> ChangedTermWords(IReadOnlyDictionary<string, TermSnapshot> before, IReadOnlyDictionary<string, TermSnapshot> now)
    {
        var words = new List<string>();
        foreach (var slug in before.Keys.Union(now.Keys))
        {
            var old = before.GetValueOrDefault(slug);
            var current = now.GetValueOrDefault(slug);
            if (old?.MatchingFingerprint != current?.MatchingFingerprint)
            {
                words.AddRange(old?.Words ?? []);
                words.AddRange(current?.Words ?? []);
            }
        }

        return words.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }
}
