using System.IO.Hashing;
using System.Text.RegularExpressions;
using Fluid;
using Generator.Content;
using Generator.Diagnostics;

namespace Generator.Rendering;

/// <summary>
/// Reads the theme folder: parses every layout under <c>layouts/</c> (a syntax error is reported with the layout's
/// line and column) and fingerprints every file under <c>assets/</c>.
/// </summary>
public static partial class LoadTheme
{
    [GeneratedRegex(@"\s*at\s*\((?<line>\d+):(?<column>\d+)\)")]
    private static partial Regex FluidPosition();

    private static readonly FluidParser Parser = new();

    public static Theme? Run(string themeFolder, DiagnosticBag diagnostics)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(themeFolder));
        var layoutsFolder = Path.Combine(root, "layouts");
        if (!Directory.Exists(layoutsFolder))
        {
            diagnostics.Error(SourceLocation.WholeFile(SourceFileReader.DisplayPathOf(layoutsFolder)), "the theme has no layouts folder",
                "pass --theme <folder> pointing at a theme with a layouts/ folder, or run the build from the project folder.");
            return null;
        }

        var layouts = new Dictionary<string, Layout>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(layoutsFolder, "*.liquid", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (!IsInTheme(path, root, diagnostics))
            {
                continue;
            }

            if (ParseLayout(layoutsFolder, path, diagnostics) is { } layout)
            {
                layouts[layout.Name] = layout;
            }
        }

        foreach (var required in Theme.RequiredLayouts.Where(name => !layouts.ContainsKey(name)))
        {
            if (!File.Exists(Path.Combine(layoutsFolder, required + ".liquid")))
            {
                diagnostics.Error(SourceLocation.WholeFile(SourceFileReader.DisplayPathOf(layoutsFolder)), $"the theme has no '{required}' layout",
                    $"add layouts/{required}.liquid to the theme.");
            }
        }

        return new Theme(layouts, ReadAssets(Path.Combine(root, "assets"), root, diagnostics));
    }

    private static Layout? ParseLayout(string layoutsFolder, string path, DiagnosticBag diagnostics)
    {
        if (SourceFileReader.Read(path, diagnostics) is not { } file)
        {
            return null;
        }

        var name = Path.ChangeExtension(Path.GetRelativePath(layoutsFolder, path), null).Replace('\\', '/');
        var text = file.Text;
        if (Parser.TryParse(text, out var template, out var error))
        {
            return new Layout(name, file.DisplayPath, text, template);
        }

        var message = error.Split("\nSource:", 2)[0].Trim();
        var position = FluidPosition().Match(message);
        var location = position.Success
            ? new SourceLocation(file.DisplayPath, int.Parse(position.Groups["line"].Value), int.Parse(position.Groups["column"].Value))
            : SourceLocation.StartOf(file.DisplayPath);
        var cleaned = FluidPosition().Replace(message, "").Trim();
        var hint = "check that every {% tag %} is closed ({% if %} … {% endif %}) and every {{ }} holds one expression.";
        if (UnclosedBlock().Match(cleaned) is { Success: true } expected && FindUnclosedTag(text, expected.Groups["tag"].Value) is { } opening)
        {
            // Fluid notices a missing end tag where the file ends; the editor needs the tag that was left open.
            location = new SourceLocation(file.DisplayPath, opening.Line, opening.Column);
            cleaned = $"'{{% {expected.Groups["tag"].Value} %}}' is never closed";
            hint = $"add '{{% end{expected.Groups["tag"].Value} %}}' where the block should end.";
        }

        diagnostics.Error(location, $"the layout has a Liquid syntax error: {cleaned}", hint);
        return null;
    }

    [GeneratedRegex(@"'\{% end(?<tag>\w+) %\}' was expected")]
    private static partial Regex UnclosedBlock();

    /// <summary>The line and column of the last <c>{% tag %}</c> whose <c>{% endtag %}</c> is missing.</summary>
    private static (int Line, int Column)? FindUnclosedTag(string source, string tag)
    {
        var open = new Stack<int>();
        foreach (Match match in Regex.Matches(source, $@"\{{%-?\s*(?<end>end)?{Regex.Escape(tag)}\b"))
        {
            if (match.Groups["end"].Success)
            {
                open.TryPop(out _);
            }
            else
            {
                open.Push(match.Index);
            }
        }

        return open.TryPeek(out var index) ? TextPosition.Of(source, index) : null;
    }

    private static bool IsInTheme(string path, string root, DiagnosticBag diagnostics)
    {
        if (!ContainedFile.LeadsOutside(path, root))
        {
            return true;
        }

        diagnostics.Error(SourceLocation.WholeFile(SourceFileReader.DisplayPathOf(path)), "the file is a link to a place outside the theme folder",
            "copy the file into the theme folder instead of linking to it.");
        return false;
    }

    private static Dictionary<string, ThemeAsset> ReadAssets(string assetsFolder, string root, DiagnosticBag diagnostics)
    {
        var assets = new Dictionary<string, ThemeAsset>(StringComparer.Ordinal);
        if (!Directory.Exists(assetsFolder))
        {
            return assets;
        }

        foreach (var path in Directory.EnumerateFiles(assetsFolder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (!IsInTheme(path, root, diagnostics))
            {
                continue;
            }

            var name = Path.GetRelativePath(assetsFolder, path).Replace('\\', '/');
            var hash = Convert.ToHexStringLower(XxHash128.Hash(File.ReadAllBytes(path)))[..10];
            var extension = Path.GetExtension(name);
            var fingerprinted = $"{name[..^extension.Length]}.{hash}{extension}";
            assets[name] = new ThemeAsset(name, path, "theme/" + fingerprinted);
        }

        return assets;
    }
}
