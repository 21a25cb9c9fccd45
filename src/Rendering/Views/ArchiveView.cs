namespace Generator.Rendering.Views;

/// <summary>
/// A date archive for layouts: its <see cref="Title"/> ("2022", "February 2022"); on a month's page the link to its
/// <see cref="Year"/>, on a year's page links to its <see cref="Months"/> that have articles, newest first.
/// </summary>
public sealed record ArchiveView(string Title, LinkView? Year, IReadOnlyList<LinkView> Months);
