namespace Generator.Rendering.Views;

/// <summary>A correction notice: when it was made and what it says; <see cref="Id"/> is its element's id.</summary>
public sealed record CorrectionView(string Id, DateView At, RawHtml Text);
