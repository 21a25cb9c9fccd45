namespace Generator.Rendering.Views;

public sealed record SectionView(
    string Slug,
    string Url,
    string Title,
    string? Dateline,
    IReadOnlyList<string> People,
    IReadOnlyList<string> Places,
    PhotoView? Photo,
    PullQuoteView? Pullquote,
    IReadOnlyList<LinkView> Related,
    IReadOnlyList<NoteView> Notes,
    RawHtml Body);
