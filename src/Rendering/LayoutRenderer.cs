using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using Generator.Buffers;
using Generator.Diagnostics;
using Generator.Glossary;
using Generator.Incremental;
using Generator.Localization;
using Generator.Rendering.Views;

namespace Generator.Rendering;

/// <summary>
/// Renders views through the theme's Liquid layouts. Layouts see snake_case names (<c>article.reading_minutes</c>),
/// every value is HTML-escaped except <see cref="RawHtml"/>, and a layout that names a variable that does not exist
/// is an error pointing at the layout's line rather than an empty spot on the page.
/// Partials are available to <c>{% render %}</c> and <c>{% include %}</c> by their name under <c>layouts/</c>.
/// </summary>
public sealed class LayoutRenderer
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly AsyncLocal<List<string>?> UndefinedNames = new();
    // The names under which a page's recorder and its language's strings travel with its template context, to the filters.
    private const string Dependencies = "dependencies";
    private const string Strings = "strings";
    private const string Diagnostics = "diagnostics";

    private readonly Theme _theme;
    private readonly GlossaryIndex _glossary;
    private readonly TemplateOptions _options;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlySet<string>> _layoutClosures = new(StringComparer.Ordinal);

    public LayoutRenderer(Theme theme, GlossaryIndex glossary)
    {
        _theme = theme;
        _glossary = glossary;
        _options = new TemplateOptions
        {
            FileProvider = new LayoutFileProvider(theme.Layouts),
            CultureInfo = System.Globalization.CultureInfo.InvariantCulture,
            TimeZone = TimeZoneInfo.Utc,
        };
        _options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.RenameSnakeCase;
        _options.MemberAccessStrategy.Register<SiteView>();
        _options.MemberAccessStrategy.Register<PageView>();
        _options.MemberAccessStrategy.Register<ArticleView>();
        _options.MemberAccessStrategy.Register<SectionView>();
        _options.MemberAccessStrategy.Register<DateView>();
        _options.MemberAccessStrategy.Register<CorrectionView>();
        _options.MemberAccessStrategy.Register<PhotoView>();
        _options.MemberAccessStrategy.Register<ImageView>();
        _options.MemberAccessStrategy.Register<PullQuoteView>();
        _options.MemberAccessStrategy.Register<LinkView>();
        _options.MemberAccessStrategy.Register<BacklinkView>();
        _options.MemberAccessStrategy.Register<NoteView>();
        _options.MemberAccessStrategy.Register<TermView>();
        _options.MemberAccessStrategy.Register<LetterView>();
        _options.MemberAccessStrategy.Register<DefinitionView>();
        _options.MemberAccessStrategy.Register<AlternateView>();
        _options.MemberAccessStrategy.Register<PaginationView>();
        _options.MemberAccessStrategy.Register<PageLinkView>();
        _options.MemberAccessStrategy.Register<ArchiveView>();
        _options.MemberAccessStrategy.Register<TopicView>();
        _options.MemberAccessStrategy.Register<TopicIndexView>();
        _options.MemberAccessStrategy.Register<TopicEntryView>();
        _options.ValueConverters.Add(value => value is RawHtml raw ? new StringValue(raw.Value, encode: false) : null);
        // An unknown filter is a mistake to report, not a value to pass through unchanged.
        _options.StrictFilters = true;
        _options.Filters.AddFilter("asset_url", AssetUrl);
        _options.Filters.AddFilter("link_terms", LinkTerms);
        _options.Filters.AddFilter("t", Translate);
        _options.Undefined = name =>
        {
            UndefinedNames.Value?.Add(name);
            return ValueTask.FromResult<FluidValue>(NilValue.Instance);
        };
    }

    /// <summary>
    /// Renders <paramref name="layoutName"/> with the given top-level variables, then wraps the result in the base layout;
    /// the page as UTF-8, or null, with the errors reported, when either fails. What the layouts read is recorded in
    /// <paramref name="dependencies"/>: the layouts and partials they are made of, the assets and terms they address,
    /// the strings file they take fixed words from (<paramref name="strings"/>, the page's language).
    /// </summary>
    public byte[]? Render(string layoutName, Dictionary<string, object?> variables, LanguageStrings strings, DiagnosticBag diagnostics, DependencyRecorder? dependencies = null)
    {
        if (dependencies is not null)
        {
            foreach (var name in LayoutsOf(layoutName).Concat(LayoutsOf(Theme.BaseLayout)))
            {
                dependencies.Record(Dependency.Layout(name));
            }
        }

        using var content = RenderOne(_theme.Layouts[layoutName], variables, strings, diagnostics, dependencies);
        if (content is null || !_theme.Layouts.TryGetValue(Theme.BaseLayout, out var baseLayout))
        {
            return content?.ToArray();
        }

        // The page's layout goes into the base layout from the writer that holds it, and is let go with it.
        variables["content"] = new EncodedHtmlValue(content);
        using var page = RenderOne(baseLayout, variables, strings, diagnostics, dependencies);
        return page?.ToArray();
    }

    private IReadOnlySet<string> LayoutsOf(string layoutName) =>
        _layoutClosures.GetOrAdd(layoutName, name => LayoutReferences.Closure(_theme, name));

    private EncodedHtml? RenderOne(Layout layout, IReadOnlyDictionary<string, object?> variables, LanguageStrings strings, DiagnosticBag diagnostics, DependencyRecorder? dependencies)
    {
        var context = new TemplateContext(_options);
        context.AmbientValues[Strings] = strings;
        // Where the term-link partial reports a failure while link_terms writes it.
        context.AmbientValues[Diagnostics] = diagnostics;
        if (dependencies is not null)
        {
            context.AmbientValues[Dependencies] = dependencies;
        }

        foreach (var (name, value) in variables)
        {
            context.SetValue(name, value is null ? NilValue.Instance : FluidValue.Create(value, _options));
        }

        var undefined = new List<string>();
        UndefinedNames.Value = undefined;
        try
        {
            var html = ReusedUtf8Writer.Write((layout.Template, context), (writer, render) =>
            {
                // Layouts read nothing asynchronously, so this completes at once; waiting covers the case it does not.
                var rendering = render.Template.RenderAsync(writer, render.context, Encoder);
                if (!rendering.IsCompletedSuccessfully)
                {
                    rendering.AsTask().GetAwaiter().GetResult();
                }
            });
            foreach (var name in undefined.Distinct(StringComparer.Ordinal))
            {
                diagnostics.Error(Locate(NamePattern(name), layout), $"the layout uses '{name}', which is not defined",
                    $"check the spelling; layouts can use site, page and, per page, article, articles, terms, letters or term (see docs/themes.md).");
            }

            if (undefined.Count > 0)
            {
                html.Dispose();
                return null;
            }

            return html;
        }
        catch (LayoutProblem problem)
        {
            diagnostics.Error(Locate(problem.Pattern ?? NamePattern(problem.Name), layout), problem.Message, problem.Hint);
            return null;
        }
        catch (FileNotFoundException missing)
        {
            var name = Path.GetFileNameWithoutExtension(missing.FileName ?? missing.Message);
            diagnostics.Error(Locate(NamePattern(name), layout), $"the layout includes '{name}', which is not a layout of the theme",
                $"add layouts/{name}.liquid to the theme, or fix the name in the include or render tag.");
            return null;
        }
        catch (Exception exception) when (exception is FluidException or InvalidOperationException or ArgumentException or FormatException)
        {
            // Fluid names an unknown filter in its message ("Undefined filter 'upcasee'"): point at its first use.
            var quoted = System.Text.RegularExpressions.Regex.Match(exception.Message, "'(?<name>[^']+)'");
            var location = quoted.Success ? Locate(NamePattern(quoted.Groups["name"].Value), layout) : SourceLocation.StartOf(layout.DisplayPath);
            diagnostics.Error(location, $"the layout failed to render: {exception.Message}",
                "check the spelling of the tag or filter; the filters are Liquid's own, asset_url, link_terms and t.");
            return null;
        }
        finally
        {
            UndefinedNames.Value = null;
        }
    }

    private ValueTask<FluidValue> AssetUrl(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var name = input.ToStringValue();
        if (_theme.Assets.TryGetValue(name, out var asset))
        {
            RecorderOf(context)?.Record(Dependency.Asset(name));
            return new StringValue(asset.Url);
        }

        throw new LayoutProblem($"asset_url: the theme has no asset '{name}' (it has {string.Join(", ", _theme.Assets.Keys.Select(k => $"'{k}'"))})",
            name, "add the file under the theme's assets/ folder, or fix the name.");
    }

    /// <summary>
    /// <c>{{ section.photo.caption | link_terms }}</c>: front-matter text is not linked to the glossary unless the theme
    /// asks for it with this filter; the result is HTML, escaped, with the first occurrence of each term linked.
    /// </summary>
    private ValueTask<FluidValue> LinkTerms(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        // Which terms the text links depends on how every term matches; what each link shows, on that term.
        var dependencies = RecorderOf(context)?.Record(Dependency.TermMatching);
        // The markup of each link is the theme's term-link partial: the page is made of it too.
        dependencies?.Record(Dependency.Layout(ProsePartials.TermLinkName));
        var markup = new ProseMarkup(_theme.Prose, StringsOf(context), (DiagnosticBag)context.AmbientValues[Diagnostics]!);
        var html = TermLinkMarkup.LinkText(input.ToStringValue(), _glossary, markup, term =>
        {
            dependencies?.Record(Dependency.TermLink(term.Slug));
            var count = context.AmbientValues.TryGetValue("link_terms", out var made) ? (int)made! + 1 : 1;
            context.AmbientValues["link_terms"] = count;
            return $"def_layout_{count}_{term.Slug}";
        });
        return new StringValue(html, encode: false);
    }

    /// <summary>
    /// <c>{{ "in_this_article" | t }}</c>: a fixed string of the theme in the page's language, from its strings file
    /// (<c>i18n/&lt;language&gt;.yml</c>), escaped like any value. Named arguments fill its placeholders
    /// (<c>{{ "notes_label" | t: title: section.title }}</c>); <c>count</c> also chooses the plural form of a counted
    /// string (<c>{{ "sections_count" | t: count: article.sections.size }}</c>). A key the file lacks is an error at
    /// the layout's line, naming the file and the key.
    /// </summary>
    private ValueTask<FluidValue> Translate(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var key = input.ToStringValue();
        var strings = StringsOf(context);
        RecorderOf(context)?.Record(Dependency.Strings(strings.Language));
        var pattern = $@"[""']{Regex.Escape(key)}[""']\s*\|\s*t\b";
        if (!strings.Entries.TryGetValue(key, out var entry))
        {
            throw new LayoutProblem($"{strings.DisplayPath} has no string '{key}', which the layout asks for", key,
                $"add '{key}:' to {strings.DisplayPath} (and to every other language's file), or fix the key in the layout.")
            { Pattern = pattern };
        }

        long? count = arguments.HasNamed("count") ? (long)arguments["count"].ToNumberValue() : null;
        if (entry.Forms is not null && count is null)
        {
            throw new LayoutProblem($"'{key}' in {strings.DisplayPath} has a form for each count, but the layout gives no count", key,
                $"give the number: {{{{ \"{key}\" | t: count: … }}}}.")
            { Pattern = pattern };
        }

        var text = strings.Format(key, count, name => arguments.HasNamed(name) ? arguments[name].ToStringValue() : null, missing =>
            throw new LayoutProblem($"'{key}' in {strings.DisplayPath} has the placeholder {{{missing}}}, which the layout does not give", key,
                $"give it: {{{{ \"{key}\" | t: {missing}: … }}}}, or take the placeholder out of the string.")
            { Pattern = pattern });
        return new StringValue(text!);
    }

    private static LanguageStrings StringsOf(TemplateContext context) => (LanguageStrings)context.AmbientValues[Strings]!;

    private static string NamePattern(string name) => $@"\b{Regex.Escape(name)}\b";

    private static DependencyRecorder? RecorderOf(TemplateContext context) =>
        context.AmbientValues.TryGetValue(Dependencies, out var recorder) ? (DependencyRecorder?)recorder : null;

    /// <summary>The first place the name appears in the layout or the layouts it builds on; the layout's start if nowhere.</summary>
    private SourceLocation Locate(string namePattern, Layout layout)
    {
        var pattern = new Regex(namePattern);
        foreach (var candidate in _theme.Layouts.Values.OrderBy(l => ReferenceEquals(l, layout) ? 0 : 1))
        {
            var match = pattern.Match(candidate.Source);
            if (match.Success)
            {
                var (line, column) = TextPosition.Of(candidate.Source, match.Index);
                return new SourceLocation(candidate.DisplayPath, line, column);
            }
        }

        return SourceLocation.StartOf(layout.DisplayPath);
    }
}
