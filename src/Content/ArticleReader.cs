using Generator.Content.FrontMatter;
using Generator.Diagnostics;

namespace Generator.Content;

/// <summary>Reads an article's <c>index.md</c>; its sections are read by <see cref="SectionReader"/> and attached by the loader.</summary>
public static class ArticleReader
{
    public static readonly IReadOnlyList<string> Keys = ["title", "dek", "byline", "date", "updated", "source", "tags", "draft", "redirect_from"];
    private static readonly IReadOnlyList<string> SourceKeys = ["name", "url"];

    public static Article? Read(SourceFile file, string slug, IReadOnlyList<Section> sections, DiagnosticBag diagnostics)
    {
        if (FrontMatterBlock.Split(file, diagnostics) is not { } block)
        {
            return null;
        }

        var reader = new FrontMatterReader(block.Map, diagnostics, Keys, "an article's index.md");
        var title = reader.Text("title", required: true);
        var date = reader.Date("date", required: true);
        var updated = reader.Date("updated");
        if (date is { } published && updated is { } changed && changed < published)
        {
            diagnostics.Error(reader.LocationOf("updated"), $"'updated' ({changed:yyyy-MM-dd}) is before 'date' ({published:yyyy-MM-dd})",
                "'updated' is the date of the latest revision; it cannot precede publication.");
        }

        ArticleSource? source = null;
        if (reader.Nested("source", SourceKeys) is { } sourceReader)
        {
            var name = sourceReader.Text("name", required: true);
            var url = ContentUrl.Read(sourceReader, "url", diagnostics);
            source = name is null ? null : new ArticleSource(name, url);
        }

        var dek = reader.Text("dek");
        var byline = reader.Text("byline");
        var tags = reader.TextList("tags");
        var draft = reader.Boolean("draft") ?? false;
        var redirects = RedirectPaths.Read(reader, diagnostics);
        if (title is null || date is null)
        {
            return null;
        }

        return new Article(slug, title, dek, byline, date.Value, updated, source, tags, draft,
            new MarkdownSource(file, block.BodyFirstLine), sections)
        {
            RedirectFrom = redirects,
        };
    }
}
