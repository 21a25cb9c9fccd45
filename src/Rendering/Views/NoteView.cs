namespace Generator.Rendering.Views;

/// <summary>A note: <see cref="Id"/> is its element id, <see cref="AnchorId"/> the id of its marker in the prose.</summary>
public sealed record NoteView(int Number, string Id, string AnchorId, string Quote, RawHtml Text);
