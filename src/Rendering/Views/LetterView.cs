namespace Generator.Rendering.Views;

/// <summary>One letter of the A–Z glossary and the terms filed under it.</summary>
public sealed record LetterView(string Letter, string Id, IReadOnlyList<TermView> Terms);
