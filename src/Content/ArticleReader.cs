using Generator.Content.FrontMatter;
using Generator.Content.Time;
using Generator.Diagnostics;
using Generator.Rendering;

namespace Generator.Content;

/// <summary>Reads an article's <c>index.md</c>; its sections are read by <see cref="SectionReader"/> and attached by the loader (the article read here has none).</summary>
public static class ArticleReader
{
    public static readonly IReadOnlyList<string> Keys = ["title", "dek", "byline", "date", "updated", "source", "tags", "draft", "redirect_from", "corrections", "language", "translations"];
    private static readonly IReadOnlyList<string> SourceKeys = ["name", "url"];
    private static readonly IReadOnlyList<string> CorrectionKeys = ["at", "text"];

    public static Article? Read(SourceFile file, string slug, DiagnosticBag diagnostics)
    {
        if (FrontMatterBlock.Split(file, diagnostics) is not { } block)
        {
            return null;
        }

        var reader = new FrontMatterReader(block.Map, diagnostics, Keys, "an article's index.md");
        var title = reader.Text("title", required: true);
        var date = reader.Time("date", required: true);
        var updatedFromGit = reader.IsWord("updated", "auto");
        var updated = updatedFromGit ? null : reader.Time("updated");
        if (date is { } published && updated is { } changed && changed.IsBefore(published))
        {
            diagnostics.Error(reader.LocationOf("updated"), $"'updated' ({changed}) is before 'date' ({published})",
                "'updated' is the time of the latest revision; it cannot precede publication.");
        }

        var corrections = ReadCorrections(reader, date, diagnostics);

        ArticleSource? source = null;
        if (reader.Nested("source", SourceKeys) is { } sourceReader)
        {
            var name = sourceReader.Text("name", required: true);
            var url = ContentUrl.Read(sourceReader, "url", diagnostics);
            source = name is null ? null : new ArticleSource(name, url);
        }

        var dek = reader.Text("dek");
        var byline = reader.Text("byline");
        var tags = reader.LocatedTextList("tags");
        var draft = reader.Boolean("draft") ?? false;
        var redirects = RedirectPaths.Read(reader, diagnostics);
        var translations = reader.TextMap("translations").Select(entry => new Translation(entry.Key, entry.Value)).ToList();
        var language = reader.Text("language") is { Length: > 0 } tag ? new LocatedText(tag, reader.LocationOf("language")) : null;
        if (title is null || date is null)
        {
            return null;
        }

        return new Article(slug, title, dek, byline, date.Value, updated, source, tags.Select(tag => tag.Value).ToList(), draft,
            new MarkdownSource(file, block.BodyFirstLine), [])
        {
            RedirectFrom = redirects,
            Language = language,
            Translations = translations,
            TagLocations = tags.Select(tag => tag.Location).ToList(),
            Corrections = corrections,
            UpdatedFromGit = updatedFromGit,
            RevisionLocation = reader.LocationOf(reader.Has("updated") ? "updated" : "date"),
        };
    }

    private static IReadOnlyList<Correction> ReadCorrections(FrontMatterReader reader, ContentTime? published, DiagnosticBag diagnostics)
    {
        var corrections = new List<Correction>();
        foreach (var item in reader.NestedList("corrections", CorrectionKeys))
        {
            var at = item.Time("at", required: true);
            var text = item.Text("text", required: true);
            if (at is not { } time || text is null)
            {
                continue;
            }

            if (published is { } date && time.IsBefore(date))
            {
                diagnostics.Error(item.LocationOf("at"), $"the correction's 'at' ({time}) is before the article's 'date' ({date})",
                    "a correction is made after publication: check the year and the month.");
            }

            var location = item.LocationOf("text");
            var html = MarkdownSetup.ToHtml(MarkdownSetup.Parse(text, allowRawHtml: false, location, diagnostics));
            corrections.Add(new Correction(time, html, HtmlText.Of(html), item.Location));
        }

        return corrections;
    }
}
