namespace Generator.Rendering.Views;

public sealed record SiteView(string Title, string? Description, string Language, string? PublisherName, string? PublisherUrl, string Home, string GlossaryUrl);
