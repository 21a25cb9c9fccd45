namespace Generator.Rendering.Views;

/// <summary>
/// A note, for the printed list of notes at the end of the section (on screen, the note sits beside its paragraph):
/// <see cref="Id"/> is the list item's id, <see cref="AnchorId"/> the id of the quoted words in the prose.
/// </summary>
public sealed record NoteView(int Number, string Id, string AnchorId, string Quote, RawHtml Text);
