using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Generator.Content;
using Generator.Diagnostics;
using Generator.Glossary;
using Generator.Rendering;
using Generator.Rendering.Views;

namespace Generator.Incremental;

/// <summary>
/// One build's use of the <see cref="BuildCache"/>: decides which articles can be taken from it and which must be
/// rendered, and remembers what was rendered for the next build.
/// <para>
/// An article is reused when its files, site.yml and the generator are unchanged, every glossary term it used is
/// unchanged as articles show it (its name, short definition and forms: an edit to the long definition alone renders
/// no article), and no term whose forms or matching rules changed (or that was added or removed) has a word in its
/// text. Its page is reused when, in addition, the theme and the base address are unchanged and the output folder
/// still holds exactly the page the cache recorded. Anything else is rendered, so the result is always the one a
/// clean build gives.
/// </para>
/// </summary>
public sealed class IncrementalBuild
{
    // Weak: a file's fingerprint lives as long as the file's text is held (by the build, or by serve's parsed files).
    private static readonly ConditionalWeakTable<SourceFile, string> FileKeys = [];

    private readonly BuildCache _cache;
    private readonly GlossaryIndex _glossary;
    private readonly string _outputFolder;
    private readonly string _siteKey;
    private readonly string _pageKey;
    private readonly string _sitePageKey;
    private readonly Dictionary<string, string> _termFingerprints;
    private readonly Dictionary<string, TermSnapshot> _terms;
    private readonly IReadOnlyList<string> _changedTermWords;
    // Article slug → key, for the articles rendered and those reused; page output path → key, for every article page.
    private readonly ConcurrentDictionary<string, string> _rendered = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _reused = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _pageKeys = new(StringComparer.Ordinal);
    // Article slug → what its views are made from, for the pages that list articles.
    private readonly ConcurrentDictionary<string, string> _articleViewKeys = new(StringComparer.Ordinal);
    private Exception? _saveFailure;
    private int _pagesReused;

    public IncrementalBuild(BuildCache cache, string inputFolder, string outputFolder, Theme theme, GlossaryIndex glossary, string? baseUrl)
    {
        _cache = cache;
        _glossary = glossary;
        _outputFolder = outputFolder;
        var siteFile = Path.Combine(inputFolder, InputFolder.SiteFile);
        _siteKey = Fingerprint.Of(GeneratorVersion.Current, File.Exists(siteFile) ? File.ReadAllText(siteFile) : null);
        _pageKey = Fingerprint.Of(_siteKey, ThemeKey(theme), baseUrl);
        _termFingerprints = glossary.Terms.ToDictionary(t => t.Slug, ShownInArticles, StringComparer.Ordinal);
        _terms = glossary.Terms.ToDictionary(t => t.Slug, Snapshot, StringComparer.Ordinal);
        _changedTermWords = ChangedTermWords(cache.Terms, _terms);
        // A layout may link terms itself (the link_terms filter): pages that list the site depend on how every term matches.
        _sitePageKey = Fingerprint.Of([_pageKey, .. _terms.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Value.MatchingFingerprint)]);
    }

    public int ArticlesRendered => _rendered.Count;

    public int PagesReused => _pagesReused;

    /// <summary>The article as the cache has it, with the warnings rendering it gave reported again; null when it must be rendered.</summary>
    public RenderedArticle? Reuse(Article article, DiagnosticBag diagnostics)
    {
        var record = _cache.Article(article.Slug);
        if (record is null || record.Key != ArticleKey(article) || !TermsUnchanged(record) || MentionsChangedTerm(article))
        {
            return null;
        }

        var rendered = Restore(article, record);
        if (rendered is null)
        {
            return null;
        }

        diagnostics.AddRange(record.Warnings);
        _reused[article.Slug] = record.Key;
        _articleViewKeys[article.Slug] = ArticleViewKey(record);
        return rendered;
    }

    /// <summary>Keeps a freshly rendered article (and the warnings it gave) for the next build.</summary>
    public void Remember(RenderedArticle rendered, IReadOnlyList<Diagnostic> warnings)
    {
        var sections = rendered.Sections.Select(s => new SectionRecord(
            s.Section.Slug,
            s.Html,
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
        var record = new ArticleRecord(key, OutputFingerprint(rendered.StandfirstHtml, sections, definitions), used, rendered.StandfirstHtml, sections, definitions, warnings);
        _rendered[rendered.Article.Slug] = key;
        _articleViewKeys[rendered.Article.Slug] = ArticleViewKey(record);
        try
        {
            _cache.SaveArticle(rendered.Article.Slug, record);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Interlocked.CompareExchange(ref _saveFailure, exception, null);
        }
    }

    /// <summary>
    /// The article's page as the output folder holds it, when nothing it was made from has changed and the file is
    /// still the one written (same size and modification time): writing the site keeps that file as it is.
    /// </summary>
    public Page? ReusePage(Article article, string outputPath, string sourceFile)
    {
        var reused = _reused.TryGetValue(article.Slug, out var articleKey);
        if (!reused && !_rendered.TryGetValue(article.Slug, out articleKey))
        {
            return null;
        }

        var key = Fingerprint.Of(_pageKey, articleKey);
        _pageKeys[outputPath] = key;
        return reused ? Unchanged(outputPath, key, sourceFile) : null;
    }

    /// <summary>
    /// A key for the view of an article as the pages that list articles are given it: what it was made from (its
    /// files, what rendering them gave, what it shows of its terms) and whether it keeps its prose (only the feed's
    /// newest do). Null for an article this build neither took from the cache nor rendered.
    /// </summary>
    public string? ArticleViewKey(RenderedArticle article) =>
        _articleViewKeys.TryGetValue(article.Article.Slug, out var key)
            ? Fingerprint.Of(key, article.StandfirstHtml.Length > 0 || article.Sections.Any(s => s.Html.Length > 0) ? "prose" : "no prose")
            : null;

    /// <summary>A key for a term's view: its fingerprint, written out (term views are small; articles' are not).</summary>
    public static string TermViewKey(TermView view) => Fingerprint.Of(JsonSerializer.Serialize(view, ViewJson.Default.TermView));

    /// <summary>
    /// A page that lists the site (front page, glossary, a term's page, 404) as the output folder holds it, when what
    /// its layout is given is the same as last time: its own variables (the page, the site) and the views it lists,
    /// by their keys (<see cref="ArticleViewKey"/>, <see cref="TermViewKey"/>). The page would render to the same HTML.
    /// </summary>
    public Page? ReuseSitePage(string layout, string outputPath, string sourceFile, Dictionary<string, object?> variables, IReadOnlyList<string?> listedViewKeys) =>
        ReuseListing(outputPath, sourceFile, [layout, JsonSerializer.Serialize(variables, ViewJson.Default.DictionaryStringObject)], listedViewKeys);

    /// <summary>
    /// The Atom feed as the output folder holds it, when the articles it carries (by their view keys) and the date it
    /// gives are unchanged: an edit to an article older than the feed's newest does not rewrite it.
    /// </summary>
    public Page? ReuseFeed(string outputPath, string sourceFile, DateOnly updated, IEnumerable<RenderedArticle> entries) =>
        ReuseListing(outputPath, sourceFile, [updated.ToString("O", System.Globalization.CultureInfo.InvariantCulture)], [.. entries.Select(ArticleViewKey)]);

    /// <summary>
    /// A file that lists what the build made (a listing page, the feed), keyed by what it is given of its own and the
    /// keys of the views it lists; none when one of those views has no key.
    /// </summary>
    private Page? ReuseListing(string outputPath, string sourceFile, IReadOnlyList<string> own, IReadOnlyList<string?> listedViewKeys)
    {
        if (listedViewKeys.Any(key => key is null))
        {
            return null;
        }

        var key = Fingerprint.Of([_sitePageKey, outputPath, .. own, .. listedViewKeys]);
        _pageKeys[outputPath] = key;
        return Unchanged(outputPath, key, sourceFile);
    }

    /// <summary>
    /// The file the output folder holds, when the cache recorded it under this key and its file is unchanged since.
    /// A page brings its facts and counts as a reused page; a feed is not a page and has no facts to check.
    /// </summary>
    private Page? Unchanged(string outputPath, string key, string sourceFile)
    {
        if (!_cache.Pages.TryGetValue(outputPath, out var page) || page.Key != key)
        {
            return null;
        }

        var file = new FileInfo(Path.Combine(_outputFolder, outputPath));
        if (!file.Exists || file.Length != page.FileLength || file.LastWriteTimeUtc.Ticks != page.FileWriteTicks)
        {
            return null;
        }

        var isPage = outputPath.EndsWith(".html", StringComparison.Ordinal);
        if (isPage)
        {
            Interlocked.Increment(ref _pagesReused);
        }

        return new Page(outputPath, "", sourceFile) { IsReused = true, Facts = isPage ? page.Facts : null };
    }

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
            if (!_pageKeys.TryGetValue(page.OutputPath, out var key))
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
                records[page.OutputPath] = new PageRecord(key, file.Length, file.LastWriteTimeUtc.Ticks, facts);
            }
        }

        _cache.Save(_rendered.Keys.Concat(_reused.Keys).ToHashSet(StringComparer.Ordinal), _terms, records);
    }

    private string ArticleKey(Article article)
    {
        var fingerprint = new Fingerprint();
        fingerprint.Add(_siteKey).Add(FileKey(article.Standfirst.File));
        foreach (var section in article.Sections)
        {
            fingerprint.Add(FileKey(section.Body.File));
        }

        return fingerprint.Finish();
    }

    /// <summary>
    /// A content file's fingerprint (its path and bytes), worked out once per file read: the preview keeps unchanged
    /// files between rebuilds, so each rebuild hashes only what was saved, not the whole site's text.
    /// </summary>
    private static string FileKey(SourceFile file) =>
        FileKeys.GetValue(file, static file =>
        {
            var fingerprint = new Fingerprint();
            return fingerprint.Add(file.DisplayPath).Add(file.Utf8).Finish();
        });

    private static string ArticleViewKey(ArticleRecord record) =>
        Fingerprint.Of([record.Key, record.OutputFingerprint, .. record.TermFingerprints.OrderBy(pair => pair.Key, StringComparer.Ordinal).SelectMany(pair => new[] { pair.Key, pair.Value })]);

    /// <summary>Everything rendering an article gave, fingerprinted: the HTML, notes and terms of every section, and the definitions.</summary>
    private static string OutputFingerprint(string standfirstHtml, IReadOnlyList<SectionRecord> sections, IReadOnlyList<string> definitionSlugs)
    {
        var fingerprint = new Fingerprint();
        fingerprint.Add(standfirstHtml).Add(sections.Count);
        foreach (var section in sections)
        {
            fingerprint.Add(section.Slug).Add(section.Html).Add(section.WordCount).Add(section.Notes.Count);
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

    /// <summary>
    /// What an article's page and views show of a term: its address, its name and short definition (in each link's
    /// tooltip and in the article's definitions), and the forms that link to it.
    /// </summary>
    private static string ShownInArticles(Term term)
    {
        var fingerprint = new Fingerprint();
        fingerprint.Add(term.Slug).Add(term.Name).Add(term.Short).Add(term.CaseSensitive ? 1 : 0);
        foreach (var form in term.Forms)
        {
            fingerprint.Add(form);
        }

        return fingerprint.Finish();
    }

    private bool TermsUnchanged(ArticleRecord record) =>
        record.TermFingerprints.All(pair => _termFingerprints.TryGetValue(pair.Key, out var current) && current == pair.Value);

    private bool MentionsChangedTerm(Article article) =>
        _changedTermWords.Count > 0 &&
        article.Sections.Select(s => s.Body.File.Text).Prepend(article.Standfirst.File.Text)
            .Any(text => _changedTermWords.Any(word => text.Contains(word, StringComparison.OrdinalIgnoreCase)));

    private RenderedArticle? Restore(Article article, ArticleRecord record)
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

            sections.Add(new RenderedSection(section, kept.Html, kept.Notes, linked, listed, kept.WordCount));
        }

        return Terms(record.DefinitionSlugs) is { } definitions ? new RenderedArticle(article, record.StandfirstHtml, sections, definitions) : null;
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

    private static string ThemeKey(Theme theme)
    {
        var fingerprint = new Fingerprint();
        foreach (var layout in theme.Layouts.Values.OrderBy(l => l.Name, StringComparer.Ordinal))
        {
            fingerprint.Add(layout.Name).Add(layout.Source);
        }

        // Asset output paths carry a hash of their content, so a changed stylesheet changes the key.
        foreach (var asset in theme.Assets.Values.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            fingerprint.Add(asset.Name).Add(asset.OutputPath);
        }

        return fingerprint.Finish();
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
