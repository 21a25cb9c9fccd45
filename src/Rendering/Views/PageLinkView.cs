namespace Generator.Rendering.Views;

/// <summary>A numbered link of a listing's pagination; <see cref="GapBefore"/> when numbers between it and the one before are left out.</summary>
public sealed record PageLinkView(int Number, string Url, bool Current, bool GapBefore);
