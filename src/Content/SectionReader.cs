using Generator.Content.FrontMatter;
using Generator.Diagnostics;
using Generator.Glossary;

namespace Generator.Content;

/// <summary>Reads one <c>NN-&lt;section-slug&gt;.md</c> file of an article.</summary>
public static class SectionReader
{
    public static readonly IReadOnlyList<string> Keys =
        ["title", "order", "dateline", "people", "places", "photo", "pullquote", "related", "notes", "glossary", "redirect_from"];

    private static readonly IReadOnlyList<string> PhotoKeys = ["src", "alt", "caption", "credit"];
    private static readonly IReadOnlyList<string> PullQuoteKeys = ["text", "by", "role"];
    private static readonly IReadOnlyList<string> RelatedKeys = ["title", "url"];
    private static readonly IReadOnlyList<string> NoteKeys = ["quote", "text"];
    private static readonly IReadOnlyList<string> GlossaryKeys = ["exclude", "force"];

    /// <param name="orderFromFileName">The NN prefix of the file name, used when front matter gives no <c>order</c>.</param>
    public static Section? Read(SourceFile file, string slug, int? orderFromFileName, DiagnosticBag diagnostics)
    {
        if (FrontMatterBlock.Split(file, diagnostics) is not { } block)
        {
            return null;
        }

        var reader = new FrontMatterReader(block.Map, diagnostics, Keys, "a section");
        var title = reader.Text("title", required: true);
        var order = reader.Integer("order") ?? orderFromFileName;
        if (order is null)
        {
            diagnostics.Error(reader.Location, "the section has no order",
                "start the file name with its position (e.g. 03-my-section.md) or add 'order: 3' to its front matter.");
        }

        var people = reader.LocatedTextList("people");
        var places = reader.LocatedTextList("places");
        var section = new Section(
            slug,
            order ?? 0,
            title ?? "",
            reader.Text("dateline"),
            people.Select(person => person.Value).ToList(),
            places.Select(place => place.Value).ToList(),
            ReadPhoto(reader, diagnostics),
            ReadPullQuote(reader),
            ReadRelated(reader, diagnostics),
            ReadNotes(reader),
            new MarkdownSource(file, block.BodyFirstLine))
        {
            GlossaryRules = reader.Nested("glossary", GlossaryKeys) is { } rules
                ? new SectionGlossaryRules(rules.LocatedTextList("exclude"), rules.LocatedTextList("force"))
                : SectionGlossaryRules.None,
            RedirectFrom = RedirectPaths.Read(reader, diagnostics),
            PeopleLocations = people.Select(person => person.Location).ToList(),
            PlacesLocations = places.Select(place => place.Location).ToList(),
            OrderLocation = reader.Has("order") ? reader.LocationOf("order") : SourceLocation.StartOf(file.DisplayPath),
        };
        return title is null || order is null ? null : section;
    }

    private static Photo? ReadPhoto(FrontMatterReader reader, DiagnosticBag diagnostics)
    {
        if (reader.Nested("photo", PhotoKeys) is not { } photo)
        {
            return null;
        }

        var src = ContentUrl.ReadImage(photo, "src", diagnostics);
        var alt = photo.Text("alt");
        var caption = photo.Text("caption");
        var credit = photo.Text("credit");
        if (src is not null && alt is null)
        {
            diagnostics.Error(photo.LocationOf("src"), "the photo has a 'src' but no 'alt'",
                "add 'alt:' describing what the photo shows, for readers who cannot see it.");
        }

        // A refused src was already reported; an empty photo is only worth saying when nothing was written.
        if (!photo.Has("src") && !photo.Has("caption") && !photo.Has("credit"))
        {
            diagnostics.Error(photo.Location, "the photo has neither 'src' nor 'caption' nor 'credit'",
                "give it at least a caption, or remove 'photo'.");
            return null;
        }

        return new Photo(src, alt, caption, credit) { SrcLocation = photo.LocationOf("src") };
    }

    private static PullQuote? ReadPullQuote(FrontMatterReader reader)
    {
        if (reader.Nested("pullquote", PullQuoteKeys) is not { } quote)
        {
            return null;
        }

        var text = quote.Text("text", required: true);
        var by = quote.Text("by");
        var role = quote.Text("role");
        return text is null ? null : new PullQuote(text, by, role);
    }

    private static IReadOnlyList<RelatedLink> ReadRelated(FrontMatterReader reader, DiagnosticBag diagnostics) =>
        reader.NestedList("related", RelatedKeys)
            .Select(item => (Title: item.Text("title", required: true), Url: ContentUrl.Read(item, "url", diagnostics)))
            .Where(item => item.Title is not null)
            .Select(item => new RelatedLink(item.Title!, item.Url))
            .ToList();

    private static IReadOnlyList<Note> ReadNotes(FrontMatterReader reader) =>
        reader.NestedList("notes", NoteKeys)
            .Select(item => (Quote: item.Text("quote", required: true), Text: item.Text("text", required: true), item.Location))
            .Where(item => item.Quote is not null && item.Text is not null)
            .Select(item => new Note(item.Quote!, item.Text!, item.Location))
            .ToList();
}
