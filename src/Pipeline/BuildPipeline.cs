using System.Collections.Concurrent;
using System.Diagnostics;
using Generator.Content;
using Generator.Content.Time;
using Generator.Diagnostics;
using Generator.Glossary;
using Generator.Images;
using Generator.Incremental;
using Generator.Listings;
using Generator.Localization;
using Generator.Publishing;
using Generator.Rendering;
using Generator.Revisions;
using Generator.Search;
using Generator.StoryLinks;

namespace Generator.Pipeline;

/// <summary>
/// A build, top to bottom. Each step is a small class with one job; this is the one place that lists them in order:
/// stamp inputs → compare with last build (when nothing it could read has moved, the build stops there) → load content
/// → load theme → check languages → link translations → hold scheduled articles → read commit times → index glossary →
/// open cache → open output; then one <see cref="BuildContext"/> (what every step reads) → process images (photos'
/// sizes, preview cards) → render articles (anchor notes, link terms, find links to other stories), each article handed
/// as soon as it is rendered to the steps that take rendered articles (<see cref="IRenderedArticleStep"/>, in this
/// order: theme its page and write it, write its link preview, note what it publishes for the unmarked edits, read it
/// for the search index), then its text let go → check story links → render linked pages (the pages whose "Linked from"
/// list was not known when their article was rendered) → find unmarked edits → render glossary → index listings →
/// render pages (front page, glossary, terms, search, 404, the same way) → render feeds → build search index → render
/// redirects → render headers → check links → copy assets → write site (the swap) → save cache (and the published
/// revisions).
/// A file whose front matter fails is left out and the rest goes on through every step, so one build reports every
/// mistake it can; any error stops the build before the output folder is touched.
/// </summary>
public static class BuildPipeline
{
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(30);

    public static BuildResult Run(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag(warningsAreErrors: options.Strict);
        var clock = Stopwatch.StartNew();
        try
        {
            return Run(options, diagnostics, clock);
        }
        catch (Exception exception) when (ChangedDuringBuild(exception) is { } changed)
        {
            // Parts of the site were made from the file as it was before; the staging folder is gone and site/ untouched.
            // The cache's stamps are not trusted again: the next build reads every file (a damaged cache ends here too).
            options.Cache?.ForgetParsedFiles();
            diagnostics.Error(SourceLocation.WholeFile(changed.DisplayPath), "the file changed while the site was being built",
                "build again once the file is saved; nothing was published.");
            return new BuildResult(false, diagnostics.Sorted(), 0, 0, 0, 0, [], clock.Elapsed);
        }
    }

    private static int Links(IReadOnlyList<RenderedArticle> articles) =>
        articles.Sum(a => a.Sections.Sum(s => s.LinkedTerms.Count) + a.LinkedOnlyInStandfirst.Count());

    private static SourceFileChangedException? ChangedDuringBuild(Exception exception) => exception switch
    {
        SourceFileChangedException changed => changed,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.Select(ChangedDuringBuild).FirstOrDefault(found => found is not null),
        _ => null,
    };

    private static BuildResult Run(BuildOptions options, DiagnosticBag diagnostics, Stopwatch clock)
    {
        var timings = new StepTimings(clock);
        T Step<T>(string name, Func<T> step) => timings.Time(name, step);

        BuildResult Finish(bool succeeded, int pages = 0, int articles = 0, int terms = 0, int links = 0) =>
            new(succeeded && !diagnostics.HasErrors, diagnostics.Sorted(), pages, articles, terms, links, timings.Steps, clock.Elapsed);

        using var buildLock = BuildLock.Acquire(options.OutputFolder, LockWait, diagnostics);
        if (buildLock is null)
        {
            return Finish(false);
        }

        // Taken before anything is read: a file saved from here on moves its stamp, and the next build sees it. The
        // content is then loaded from the same listing of the input folder, so each file is looked at once.
        var inputListing = new FolderListing();
        var inputs = options.Cache is not null && options.WriteOutput && options.SkipIfUnchanged ? Step("stamp inputs", () => BuildInputs.Fingerprint(options, inputListing)) : null;
        var now = BuildClock.Now(options.Now, diagnostics);
        if (now is null)
        {
            return Finish(false);
        }

        if (inputs is not null && options.Cache!.LastBuild is { } last && Step("compare with last build", () => last.IsCurrent(inputs, now.Value, options.InputFolder, options.OutputFolder)))
        {
            diagnostics.AddRange(last.Warnings);
            return Finish(true, last.Pages, last.Articles, last.Terms, last.TermLinks) with
            {
                ArticlesRendered = 0,
                PagesRendered = 0,
                Files = new WrittenFiles(0, last.OutputFiles),
                HeldBack = last.HeldBack,
                DraftsLeftOut = last.DraftsLeftOut,
                ContentFilesRead = (0, last.ContentFiles),
            };
        }

        var content = Step("load content", () => LoadContent.Run(options.InputFolder, options.IncludeDrafts, diagnostics, options.Cache?.ParsedFiles, inputListing));
        var filesRead = options.Cache?.ParsedFiles.FilesRead;
        var errorsBeforeTheme = diagnostics.ErrorCount;
        var loadedTheme = Step("load theme", () => LoadTheme.Run(options.ThemeFolder, diagnostics));
        // Without site settings nothing can be rendered; a theme with errors renders no pages, but the articles are
        // still rendered for the problems in them (notes, term links).
        var theme = diagnostics.ErrorCount == errorsBeforeTheme ? loadedTheme : null;
        if (content is null || loadedTheme is null)
        {
            return Finish(false);
        }

        // Every language the content is written in needs the theme's strings: prose, dates and pages are written in it.
        if (!CheckLanguages.Run(content, loadedTheme.Strings, diagnostics))
        {
            return Finish(false);
        }

        // Translations are read before scheduled articles are held back: naming one is no mistake, it is just not linked yet.
        var allTranslations = Step("link translations", () => LinkTranslations.Run(content, diagnostics));
        (content, var heldBack) = HoldScheduledArticles.Run(content, now.Value, options.IncludeFuture);
        var translations = allTranslations.Among(content.Articles);
        // Update times read from git change with its history, which is no file of the input folder: the next build
        // compares the commit they were read at.
        var readsGit = content.Articles.Any(article => article.UpdatedFromGit);
        var gitCommit = readsGit && inputs is not null ? ReadCommitTimes.HeadCommit(options.InputFolder) : null;
        content = Step("read commit times", () => ReadCommitTimes.Run(content, options.InputFolder, diagnostics));

        var glossary = Step("index glossary", () => new GlossaryIndex(content.Terms, diagnostics));
        var incremental = options.Cache is null || theme is null ? null :
            Step("open cache", () => new IncrementalBuild(options.Cache, options.InputFolder, options.OutputFolder, theme, glossary, options.BaseUrl, content.Site.FeedEntries, content.Site.Language));
        var writing = options.WriteOutput && theme is not null && !diagnostics.HasErrors;
        using var staging = writing ? Step("open output", () => StagingFolder.Open(options.OutputFolder, diagnostics, options.KeepStagingFolder,
            keptFolder: options.KeepStagingFolder ? null : options.Cache?.StagingFolder)) : null;
        if (writing && staging is null)
        {
            return Finish(false);
        }

        if (theme is null)
        {
            return Finish(false);
        }

        using var build = new BuildContext
        {
            Options = options,
            Diagnostics = diagnostics,
            Site = content.Site with { BaseUrl = options.BaseUrl ?? content.Site.BaseUrl },
            Theme = theme,
            Glossary = glossary,
            Incremental = incremental,
            Staging = staging,
            BasePath = BuildContext.BasePathOf(options.BaseUrl),
            Timings = timings,
        };
        var site = build.Site;
        var imageCache = options.Cache is null ? null : new ImageCache(options.Cache.Folder);
        var errorsBeforeImages = diagnostics.ErrorCount;
        var images = Step("process images", () => ProcessImages.Run(content, theme, imageCache, staging, diagnostics));
        if (diagnostics.ErrorCount > errorsBeforeImages)
        {
            return Finish(false);
        }

        // What an article's page shows of its photos and its translations are inputs of the page, known before any
        // article is reused: taking an article from the cache asks whether its page is current.
        // Pages are made with the "Linked from" lists the last build published until every article's links are known.
        var backlinks = new Backlinks(options.Cache?.Backlinks);
        foreach (var article in incremental is null ? [] : content.Articles)
        {
            incremental!.Versions.Declare(Dependency.Images(article.Slug), images.KeyOf(article));
            incremental.Versions.Declare(Dependency.Translations(article.Slug), translations.VersionOf(article.Slug, theme.Strings));
            incremental.Versions.Declare(Dependency.Backlinks(article.Slug), Backlinks.VersionOf(backlinks.Assumed(article.Slug)));
        }

        // The steps that take each article as soon as it is rendered, in this order: its page is themed and written,
        // then its link preview; what it publishes is noted for the unmarked edits (compared with what the last build
        // published, kept with the build cache) and it is read for the search index (a dry run, check, writes no index).
        var theming = new ApplyTheme(build, images, translations);
        backlinks.Expect(content.Articles);
        var articlePages = new ThemeArticlePages(build, theming, backlinks, content.Articles.Count);
        var previews = new LinkPreviews(build);
        var ledger = options.Cache is null ? null : RevisionLedger.Open(options.Cache.Folder);
        var unmarkedEdits = ledger is null ? null : new FindUnmarkedEdits(ledger);
        var search = staging is null ? null : new BuildSearchIndex(build, content.Articles, options.Cache?.Search);
        var articleSteps = new List<IRenderedArticleStep> { articlePages, previews };
        if (unmarkedEdits is not null)
        {
            articleSteps.Add(unmarkedEdits);
        }

        if (search is not null)
        {
            articleSteps.Add(new ReadForSearch(search));
        }

        // Nothing reads an article's files once every step has taken it, unless the preview keeps them for its next build.
        var releaseWrittenText = options.Cache?.KeepsInMemory != true;
        var articles = Step("render articles", () => RenderArticles.Run(build, content.Articles, finish: (article, position) =>
        {
            foreach (var step in articleSteps)
            {
                step.Take(article, position);
            }

            if (releaseWrittenText)
            {
                foreach (var file in article.Article.Files())
                {
                    file.Release();
                }
            }

            // Only the feed's newest articles keep their HTML.
            return position < site.FeedEntries ? article : article.WithoutProse();
        }));
        CheckStoryLinks.Run(articles, diagnostics);
        backlinks.Find(articles, site.Language);
        Step("render linked pages", () =>
        {
            articlePages.MakeLinkedPages(articles);
            return true;
        });
        var publishedRevisions = unmarkedEdits?.Run(diagnostics);
        var terms = Step("render glossary", () => RenderGlossary.Run(build, articles, content));
        var listings = Step("index listings", () => SiteListings.Of(site, articles, theme.Strings.Of(site.Language), diagnostics));
        var pages = Step("render pages", () => theming.SitePages(articles, terms, listings).Concat(articlePages.Pages).ToList());

        var feeds = Step("render feeds", () => RenderFeeds.Run(build, articles, terms, listings, translations).AsParallel().AsOrdered().Select(build.Stage).ToList());
        var searchFiles = search is null ? [] : Step("build search index", () => (List<Page>)[.. search.Files(terms).AsParallel().AsOrdered().Select(build.Stage), .. search.TextFiles]);
        var redirects = Step("render redirects", () => RenderRedirects.Run(build, content.Articles, pages).AsParallel().AsOrdered().Select(build.Stage).ToList());
        Step("render headers", () => RenderHeaders.Run(options.HeadersFile, diagnostics).Select(build.Stage).ToList());
        List<string> assetFiles = [.. CopyAssets.OutputPaths(theme, content.Assets), .. images.OutputPaths];
        var linksChecked = Step("check links", () => CheckSite.Run([.. pages, .. feeds, .. redirects, .. searchFiles, .. previews.Files], assetFiles, build.BasePath, diagnostics, options.Cache?.LinkCheck));
        if (diagnostics.HasErrors)
        {
            return Finish(false);
        }

        WrittenFiles? files = null;
        if (staging is not null)
        {
            Step("copy assets", () =>
            {
                CopyAssets.Run(staging, theme, content.Assets);
                return true;
            });
            files = Step("write site", () => staging.Commit(diagnostics));
            if (files is null)
            {
                return Finish(false);
            }
        }

        if (files is not null && incremental is not null)
        {
            Step("save cache", () =>
            {
                try
                {
                    incremental.Complete([.. pages, .. feeds, .. previews.Files]);
                    if (publishedRevisions is not null)
                    {
                        ledger!.Save(publishedRevisions);
                    }

                    imageCache?.RemoveUnused();
                    search?.SaveCache();
                    backlinks.Save();
                    options.Cache!.LinkCheck.Save();
                    if (inputs is not null && (gitCommit is not null || !readsGit))
                    {
                        options.Cache!.SaveLastBuild(LastBuild.Of(inputs, options.OutputFolder, gitCommit, content, heldBack, options.IncludeFuture,
                            (pages.Count, articles.Count, terms.Count, Links(articles)), files, filesRead?.Used ?? 0, diagnostics.Sorted()));
                    }
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    // The site is written; without a cache the next build only takes longer.
                    diagnostics.Warning(SourceLocation.WholeFile(options.Cache!.Folder), $"cannot save the build cache: {exception.Message}",
                        "check that the folder is writable; the next build renders every page.");
                }

                return true;
            });
        }

        return Finish(true, pages.Count, articles.Count, terms.Count, Links(articles)) with
        {
            ArticlesRendered = incremental?.ArticlesRendered ?? articles.Count,
            PagesRendered = pages.Count - (incremental?.PagesReused ?? 0),
            Files = files,
            HeldBack = heldBack,
            DraftsLeftOut = content.LeftOutDrafts.Count,
            ContentFilesRead = filesRead,
            DefinitionsRendered = incremental is null ? null : (incremental.DefinitionsRendered, terms.Count),
            LinksChecked = linksChecked,
        };
    }
}
