namespace Generator.Rendering.Views;

/// <summary>A section for layouts; people and places link to their topic pages (<c>/people/…</c>, <c>/places/…</c>).</summary>
public sealed record SectionView(
    string Slug,
    string Url,
    string Title,
    string? Dateline,
    IReadOnlyList<LinkView> People,
    IReadOnlyList<LinkView> Places,
    PhotoView? Photo,
    PullQuoteView? Pullquote,
    IReadOnlyList<LinkView> Related,
    IReadOnlyList<NoteView> Notes,
    RawHtml Body);
