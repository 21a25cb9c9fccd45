using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using Generator.Diagnostics;

namespace Generator.Rendering;

/// <summary>
/// A theme partial that writes markup into the prose (<c>layouts/partials/term-link.liquid</c> and the others of
/// <see cref="ProsePartials"/>), parsed once with the theme. A site links thousands of terms, so rendering the partial
/// for each would cost more than the rest of the prose: it is rendered once per <see cref="PartialKey"/> with
/// <see cref="PartialHole"/>s where each use's own values go, and each use writes the pieces between them with its values
/// in the holes. A partial that does more with such a value than print it is rendered whole for each use of that key.
/// </summary>
public sealed class ProsePartial
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly TemplateOptions _options;
    // Null for a key whose uses the partial cannot share a rendering: each is rendered whole.
    private readonly ConcurrentDictionary<PartialKey, SplitRendering?> _renderings = new();

    internal ProsePartial(Layout layout, IReadOnlyList<string> holeNames, TemplateOptions options)
    {
        Layout = layout;
        HoleNames = holeNames;
        _options = options;
    }

    public Layout Layout { get; }

    /// <summary>The model's names whose value is each use's own, in the order <see cref="IPartialUse"/> numbers them.</summary>
    public IReadOnlyList<string> HoleNames { get; }

    /// <summary>
    /// Writes the partial for one use. A partial that fails (a name its model lacks, an unknown filter) is an error at
    /// its line in <paramref name="diagnostics"/>, and the use is written without markup.
    /// </summary>
    public void Write<TUse>(TUse use, PartialKey key, DiagnosticBag? diagnostics) where TUse : IPartialUse
    {
        var rendering = _renderings.GetOrAdd(key, static (_, state) => state.Partial.Split(state.Use), (Partial: this, Use: use));
        if (rendering is null)
        {
            WriteWhole(use, diagnostics);
            return;
        }

        for (var index = 0; index < rendering.Holes.Length; index++)
        {
            use.WriteHtml(rendering.Pieces[index]);
            use.WriteHole(rendering.Holes[index]);
        }

        use.WriteHtml(rendering.Pieces[^1]);
    }

    /// <summary>The partial rendered with holes, cut where they were printed; null when it cannot be shared or fails.</summary>
    private SplitRendering? Split(IPartialUse use)
    {
        var recording = new HoleRecording();
        var context = new TemplateContext(_options);
        use.SetSharedValues(context);
        for (var hole = 0; hole < HoleNames.Count; hole++)
        {
            context.SetValue(HoleNames[hole], use.HasValue(hole) ? new PartialHole(recording, hole) : NilValue.Instance);
        }

        try
        {
            Render(recording.Writer, context);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A misused hole, or a mistake the whole rendering reports with its place.
            return null;
        }

        if (recording.Misused)
        {
            return null;
        }

        var output = recording.Writer.ToString();
        var pieces = new string[recording.Marks.Count + 1];
        var holes = new int[recording.Marks.Count];
        var start = 0;
        for (var index = 0; index < recording.Marks.Count; index++)
        {
            var (position, hole) = recording.Marks[index];
            pieces[index] = output[start..position];
            holes[index] = hole;
            start = position;
        }

        pieces[^1] = output[start..];
        return new SplitRendering(pieces, holes);
    }

    private void WriteWhole(IPartialUse use, DiagnosticBag? diagnostics)
    {
        var context = new TemplateContext(_options);
        use.SetSharedValues(context);
        for (var hole = 0; hole < HoleNames.Count; hole++)
        {
            context.SetValue(HoleNames[hole], use.HasValue(hole) ? use.HoleValue(hole) : NilValue.Instance);
        }

        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            Render(writer, context);
        }
        catch (Exception exception) when (exception is LayoutProblem or FluidException or InvalidOperationException or ArgumentException or FormatException)
        {
            var (pattern, message, hint) = exception is LayoutProblem problem
                ? (NamePattern(problem.Name), problem.Message, problem.Hint)
                : (Regex.Match(exception.Message, "'(?<name>[^']+)'") is { Success: true } quoted ? NamePattern(quoted.Groups["name"].Value) : null,
                    $"the partial failed to render: {exception.Message}",
                    "check the spelling of the tag or filter; prose partials have Liquid's own filters (see docs/themes.md).");
            var error = new Diagnostic(Severity.Error, Locate(pattern), message, hint);
            (diagnostics ?? throw new InvalidOperationException(error.ToString())).Add(error);
            use.WriteWithoutMarkup();
            return;
        }

        use.WriteHtml(writer.ToString());
    }

    private void Render(TextWriter writer, TemplateContext context)
    {
        // Partials read nothing asynchronously, so this completes at once; waiting covers the case it does not.
        var rendering = Layout.Template.RenderAsync(writer, Encoder, context);
        if (!rendering.IsCompletedSuccessfully)
        {
            rendering.AsTask().GetAwaiter().GetResult();
        }
    }

    private SourceLocation Locate(string? pattern)
    {
        if (pattern is not null && Regex.Match(Layout.Source, pattern) is { Success: true } match)
        {
            var (line, column) = TextPosition.Of(Layout.Source, match.Index);
            return new SourceLocation(Layout.DisplayPath, line, column);
        }

        return SourceLocation.StartOf(Layout.DisplayPath);
    }

    internal static string NamePattern(string name) => $@"\b{Regex.Escape(name)}\b";

    /// <summary>The partial's output cut at its holes: piece, hole, piece, …, piece.</summary>
    private sealed record SplitRendering(string[] Pieces, int[] Holes);
}
