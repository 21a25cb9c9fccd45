namespace Generator.Rendering.Views;

/// <summary>A page's preview image for shared links, its <see cref="Url"/> absolute (social networks fetch it from anywhere).</summary>
public sealed record ImageView(string Url, int Width, int Height, string Alt, string Type);
