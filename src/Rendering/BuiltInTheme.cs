namespace Generator.Rendering;

/// <summary>
/// The default theme, compiled into the generator from this repository's <c>theme/</c> folder (the one copy: the
/// project embeds every file under it, see <c>Generator.csproj</c>). A site's own <c>theme/</c> folder overrides it
/// file by file; <c>theme eject</c> copies its files out to start from.
/// </summary>
public static class BuiltInTheme
{
    /// <summary>How a built-in file is named in messages: it is in no folder the editor can open.</summary>
    public const string DisplayRoot = "(built-in theme)";

    private const string ResourcePrefix = "Generator.Theme/";

    /// <summary>Every built-in file by its path inside the theme (<c>layouts/article.liquid</c>, <c>assets/site.css</c>), in ordinal order.</summary>
    public static IReadOnlyList<string> Files { get; } = typeof(BuiltInTheme).Assembly.GetManifestResourceNames()
        .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        .Select(name => name[ResourcePrefix.Length..])
        .Order(StringComparer.Ordinal)
        .ToArray();

    public static bool Contains(string name) => Files.Contains(name, StringComparer.Ordinal);

    public static byte[] Read(string name)
    {
        using var stream = typeof(BuiltInTheme).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new ArgumentException($"the built-in theme has no file '{name}'", nameof(name));
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
