using Generator.Annotations;
using Generator.Content;
using Generator.Glossary;
using Generator.Images;

namespace Generator.Rendering.Views;

/// <summary>Maps rendered content to the views layouts see; the one place that decides what a layout can print.</summary>
public static class ViewFactory
{
    /// <summary>An unhurried reading pace for news prose, used for the "n min read" line.</summary>
    private const int WordsPerMinute = 230;

    public static SiteView Site(SiteSettings site) =>
        new(site.Title, site.Description, site.Language, site.Publisher?.Name, site.Publisher?.Url, SiteUrls.Home, SiteUrls.Glossary,
            site.BaseUrl is null ? null : "/" + Publishing.AtomFeed.OutputPath, SiteUrls.Search);

    /// <param name="siteLanguage">The language of an article that names none.</param>
    public static ArticleView Article(RenderedArticle rendered, DateFormat dates, ImageSet images, string siteLanguage)
    {
        var article = rendered.Article;
        var firstPhoto = article.Sections.FirstOrDefault(s => s.Photo?.Src is not null);
        var words = rendered.Sections.Sum(s => s.WordCount);
        return new ArticleView(
            article.Slug,
            SiteUrls.Article(article.Slug),
            article.Title,
            article.Dek,
            article.Byline,
            dates.Of(article.Date),
            article.Updated is { } updated ? dates.Of(updated) : null,
            article.Source is { } source ? new LinkView(source.Name, source.Url) : null,
            article.Tags,
            article.Draft,
            Math.Max(1, (int)Math.Round(words / (double)WordsPerMinute)),
            new RawHtml(rendered.StandfirstHtml),
            rendered.Sections.Select(s => Section(article, s, images, isFirstPhoto: s.Section == firstPhoto)).ToList(),
            rendered.Definitions.Select((term, index) => new DefinitionView(index + 1, term.Name, term.Short, SiteUrls.Term(term.Slug))).ToList(),
            Corrections(article, dates),
            article.LastRevision(dates.Zone) is var revised && revised != article.Date ? dates.Of(revised) : null)
        {
            Language = article.LanguageOr(siteLanguage),
            Topics = article.Tags.Select(tag => new LinkView(tag, Listings.TopicKind.Tags.UrlOf(tag))).ToList(),
            ArchiveUrl = Listings.Paginator.UrlOf(Listings.DateArchive.FolderOf(dates.LocalDay(article.Date).Year, dates.LocalDay(article.Date).Month)),
        };
    }

    /// <param name="dates">Dates in the term's language.</param>
    public static TermView Term(RenderedTerm rendered, DateFormat dates, string siteLanguage) =>
        new(rendered.Term.Slug,
            rendered.Term.Name,
            rendered.Term.Aliases,
            rendered.Term.Short,
            SiteUrls.Term(rendered.Term.Slug),
            new RawHtml(rendered.DefinitionHtml),
            rendered.UsedIn
                .Select(u => u.Section is { } section
                    ? new LinkView($"{u.Article.Title}: {section.Title}", SiteUrls.Section(u.Article.Slug, section.Slug))
                    : new LinkView(u.Article.Title, SiteUrls.Article(u.Article.Slug)))
                .ToList(),
            rendered.SeeAlso.Select(t => new LinkView(t.Name, SiteUrls.Term(t.Slug))).ToList(),
            rendered.Term.Source is { } source ? new LinkView(source.Name, source.Url) : null,
            rendered.Term.AsOf is { } asOf ? dates.Of(asOf) : null,
            rendered.Term.LanguageOr(siteLanguage));

    /// <summary>
    /// The fingerprint of the view <see cref="Term"/> makes, from the same inputs, without making it: a large glossary's
    /// views hold hundreds of thousands of uses, each a link with its own strings, and a build needs the views only of
    /// the pages it renders, but the versions of all (the pages that show a term are reused while its version holds).
    /// Every input of <see cref="Term"/> is here (the addresses through the slugs they are made of): a field added there
    /// belongs here too, or an edit to it would leave the term's pages as they were (the random-edit property test edits
    /// each).
    /// </summary>
    public static string TermKey(RenderedTerm rendered, DateFormat dates, string siteLanguage)
    {
        var term = rendered.Term;
        var key = new Incremental.Fingerprint().Add(term.Slug).Add(term.Name).Add(term.Aliases.Count);
        foreach (var alias in term.Aliases)
        {
            key.Add(alias);
        }

        key.Add(term.Short).Add(rendered.DefinitionHtml).Add(rendered.UsedIn.Count);
        foreach (var use in rendered.UsedIn)
        {
            key.Add(use.Article.Title).Add(use.Article.Slug).Add(use.Section?.Title).Add(use.Section?.Slug);
        }

        key.Add(rendered.SeeAlso.Count);
        foreach (var related in rendered.SeeAlso)
        {
            key.Add(related.Name).Add(related.Slug);
        }

        var asOf = term.AsOf is { } date ? dates.Of(date) : null;
        return key.Add(term.Source?.Name).Add(term.Source?.Url).Add(asOf?.Iso).Add(asOf?.Display).Add(term.LanguageOr(siteLanguage)).Finish();
    }

    /// <summary>Terms grouped under their first letter (digits and symbols under "#"), in A–Z order.</summary>
    public static IReadOnlyList<LetterView> Letters(IReadOnlyList<TermView> terms) =>
        terms
            .GroupBy(t => LetterOf(t.Name))
            .Select(g => new LetterView(g.Key, LetterId(g.Key), g.ToList()))
            .ToList();

    /// <summary>The letter a term is listed under: its first, upper case, or "#" for a digit or symbol.</summary>
    public static string LetterOf(string name) => char.IsLetter(name[0]) ? char.ToUpperInvariant(name[0]).ToString() : "#";

    /// <summary>The id of a letter's heading in the glossary.</summary>
    public static string LetterId(string letter) => letter == "#" ? "letter-other" : "letter-" + letter.ToLowerInvariant();

    /// <summary>The article's corrections, newest first (of two made at one time, the one written later first).</summary>
    public static IReadOnlyList<CorrectionView> Corrections(Article article, DateFormat dates) =>
        NewestFirst(article.Corrections, dates.Zone)
            .Select(c => new CorrectionView($"correction-{c.Number}", dates.Of(c.Correction.At), new RawHtml(c.Correction.Html)))
            .ToList();

    /// <summary>Corrections newest first, each with its number in the order they are written (which stays as more are added).</summary>
    public static IEnumerable<(Correction Correction, int Number)> NewestFirst(IReadOnlyList<Correction> corrections, Content.Time.SiteTimeZone zone) =>
        corrections.Select((correction, index) => (correction, index + 1))
            .OrderByDescending(pair => zone.InstantOf(pair.correction.At))
            .ThenByDescending(pair => pair.Item2);


    private static SectionView Section(Article article, RenderedSection rendered, ImageSet images, bool isFirstPhoto)
    {
        var section = rendered.Section;
        return new SectionView(
            section.Slug,
            SiteUrls.Section(article.Slug, section.Slug),
            section.Title,
            section.Dateline,
            section.People.Select(name => new LinkView(name, Listings.TopicKind.People.UrlOf(name))).ToList(),
            section.Places.Select(name => new LinkView(name, Listings.TopicKind.Places.UrlOf(name))).ToList(),
            section.Photo is { } photo ? Photo(photo, images.Photo(photo.Src)) with { IsFirst = isFirstPhoto } : null,
            section.PullQuote is { } quote ? new PullQuoteView(quote.Text, quote.By, quote.Role) : null,
            section.Related.Select(r => new LinkView(r.Title, r.Url)).ToList(),
            rendered.Notes
                .Select(n => new NoteView(n.Number, NoteIds.Endnote(n.Number), NoteIds.Anchor(n.Number), n.Quote, new RawHtml(n.Html)))
                .ToList(),
            new RawHtml(rendered.Html));
    }

    private static PhotoView Photo(Photo photo, ProcessedImage? image) =>
        image is null
            ? new PhotoView(photo.Src, photo.Alt, photo.Caption, photo.Credit)
            : new PhotoView(image.DefaultFile.Url, photo.Alt, photo.Caption, photo.Credit)
            {
                Width = image.Width,
                Height = image.Height,
                Srcset = ProcessedImage.Srcset(image.Fallback),
                WebpSrcset = image.Webp.Count > 0 ? ProcessedImage.Srcset(image.Webp) : null,
                Type = image.DefaultFile.MimeType,
            };
}
