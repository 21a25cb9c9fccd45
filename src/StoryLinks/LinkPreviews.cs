using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Generator.Content;
using Generator.Incremental;
using Generator.Localization;
using Generator.Prose;
using Generator.Rendering;

namespace Generator.StoryLinks;

/// <summary>
/// The preview of an article that a link to it shows (<c>/slug/preview.json</c>, fetched by the theme's script the
/// first time a reader points at, focuses or taps such a link): its title, its date as its page shows it, and the
/// first sentences of its standfirst (or dek, or first section), and of each section for links to a section. Made from
/// the article alone, beside its page, so a link never makes its page depend on the story it leads to; taken from the
/// build cache like any page while the article and its language's strings are unchanged.
/// </summary>
/// <param name="build">The build: its site settings, the theme's strings (the date) and, when it has one, its cache.</param>
public sealed class LinkPreviews(Pipeline.BuildContext build) : Pipeline.IRenderedArticleStep
{
    /// <summary>How much of a story a preview shows: its first sentences, as many as fit.</summary>
    public const int LeadLength = 280;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private readonly ConcurrentBag<Page> _files = [];

    public static string FileOf(string slug) => $"{slug}/preview.json";

    /// <summary>The previews written, as the checks and the build cache need them.</summary>
    public IReadOnlyCollection<Page> Files => _files;

    /// <summary>Writes the article's preview beside its page.</summary>
    public void Take(RenderedArticle article, int position) => _files.Add(build.Publish(Preview(article)));

    private Page Preview(RenderedArticle rendered)
    {
        var article = rendered.Article;
        var path = FileOf(article.Slug);
        var source = article.Standfirst.File.DisplayPath;
        if (build.Incremental?.ReusePage(path, source) is { } reused)
        {
            return reused;
        }

        var language = article.LanguageOr(build.Site.Language);
        var dependencies = new DependencyRecorder().Record(Dependency.Article(article.Slug)).Record(Dependency.Strings(language));
        var date = new DateFormat(build.Site.TimeZone, build.Strings.Of(language)).Of(article.Date);
        var sections = rendered.Sections.Select(section => (section.Section, Text: ProseText.Of(section, build.Site.AllowRawHtml).Text)).ToList();
        // The article's own summary when it has one; its first section's opening otherwise.
        var opening = new[] { ProseText.OfStandfirst(rendered, build.Site.AllowRawHtml).Text, article.Dek ?? "", sections.FirstOrDefault().Text ?? "" }
            .FirstOrDefault(text => text.Length > 0) ?? "";

        using var bytes = new MemoryStream();
        using (var json = new Utf8JsonWriter(bytes, Options))
        {
            json.WriteStartObject();
            json.WriteString("title", article.Title);
            json.WriteString("lang", language);
            json.WriteString("date", date.Display);
            json.WriteString("datetime", date.Iso);
            json.WriteString("lead", Sentences.Opening(opening, LeadLength));
            json.WriteStartObject("sections");
            foreach (var (section, text) in sections)
            {
                json.WriteStartObject(section.Slug);
                json.WriteString("title", section.Title);
                json.WriteString("lead", Sentences.Opening(text, LeadLength));
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        build.Incremental?.Recorded(path, dependencies);
        return new Page(path, bytes.ToArray(), source);
    }
}
