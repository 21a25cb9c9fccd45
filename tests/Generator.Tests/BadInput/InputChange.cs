using System.Text;

namespace Generator.Tests.BadInput;

/// <summary>
/// One change a bad-input case makes to a site that has just built successfully: a file written, rewritten or deleted.
/// <see cref="Path"/> is relative to the site's folder (<c>input/…</c> or <c>theme/…</c>), as the generator prints it.
/// </summary>
public sealed record InputChange(string Path, Func<byte[]?, byte[]?> Transform)
{
    public static InputChange Text(string path, string text) => new(path, _ => Encoding.UTF8.GetBytes(text));

    public static InputChange Bytes(string path, byte[] bytes) => new(path, _ => bytes);

    public static InputChange Delete(string path) => new(path, _ => null);

    /// <summary>Replaces the first occurrence of <paramref name="find"/> in an existing file (a copied theme's layout).</summary>
    public static InputChange Replace(string path, string find, string replacement) => new(path, existing =>
    {
        var text = Encoding.UTF8.GetString(existing ?? throw new InvalidOperationException($"{path} does not exist."));
        var index = text.IndexOf(find, StringComparison.Ordinal);
        if (index < 0)
        {
            throw new InvalidOperationException($"'{find}' is not in {path}: the theme changed, update the case.");
        }

        return Encoding.UTF8.GetBytes(text[..index] + replacement + text[(index + find.Length)..]);
    });

    public bool TouchesTheme => Path.StartsWith("theme/", StringComparison.Ordinal);

    public void ApplyTo(string siteFolder)
    {
        var full = System.IO.Path.Combine(siteFolder, Path);
        var result = Transform(File.Exists(full) ? File.ReadAllBytes(full) : null);
        if (result is null)
        {
            File.Delete(full);
            return;
        }

        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, result);
    }
}
