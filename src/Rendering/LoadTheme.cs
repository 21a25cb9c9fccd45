using System.IO.Hashing;
using System.Text.RegularExpressions;
using Fluid;
using Generator.Content;
using Generator.Diagnostics;

namespace Generator.Rendering;

/// <summary>
/// Reads the theme: the site's theme folder laid over the built-in theme file by file (a site with only
/// <c>theme/layouts/article.liquid</c> takes every other file from the built-in one; without a theme folder the
/// built-in theme is the whole theme). Parses every layout under <c>layouts/</c> (a syntax error is reported with the
/// layout's line and column), fingerprints every file under <c>assets/</c> and reads the strings files under
/// <c>i18n/</c>.
/// </summary>
public static partial class LoadTheme
{
    [GeneratedRegex(@"\s*at\s*\((?<line>\d+):(?<column>\d+)\)")]
    private static partial Regex FluidPosition();

    private static readonly FluidParser Parser = new();

    private const string LayoutsFolder = "layouts/";
    private const string AssetsFolder = "assets/";
    private const string PartialsFolder = "layouts/partials/";
    private const string LayoutExtension = ".liquid";

    public static Theme? Run(string themeFolder, DiagnosticBag diagnostics) => Read(Files(themeFolder, diagnostics), themeFolder, diagnostics);

    /// <summary>The built-in theme alone, as a site without a theme folder has it.</summary>
    public static Theme BuiltIn(DiagnosticBag diagnostics) => Read(Files(themeFolder: "", diagnostics), "theme", diagnostics);

    private static Theme Read(SortedDictionary<string, ThemeFile> files, string themeFolder, DiagnosticBag diagnostics)
    {
        var layouts = new Dictionary<string, Layout>(StringComparer.Ordinal);
        var assets = new Dictionary<string, ThemeAsset>(StringComparer.Ordinal);
        var cardFiles = new Dictionary<string, ThemeFile>(StringComparer.Ordinal);
        var strings = new Dictionary<string, Localization.LanguageStrings>(StringComparer.Ordinal);
        var unreadable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files.Values)
        {
            if (file.Name.StartsWith(LayoutsFolder, StringComparison.Ordinal) && file.Name.EndsWith(LayoutExtension, StringComparison.Ordinal))
            {
                if (ParseLayout(file, diagnostics) is { } layout)
                {
                    layouts[layout.Name] = layout;
                }
            }
            else if (file.Name.StartsWith(AssetsFolder, StringComparison.Ordinal))
            {
                var asset = Fingerprint(file);
                assets[asset.Name] = asset;
            }
            else if (Localization.StringsFileReader.IsStringsFile(file.Name))
            {
                if (Localization.StringsFileReader.Read(file, diagnostics) is { } language)
                {
                    strings[language.Language] = language;
                }
                else
                {
                    unreadable.Add(Localization.StringsFileReader.LanguageOf(file.Name));
                }
            }
            else if (Images.CardStyle.IsCardFile(file.Name))
            {
                cardFiles[file.Name] = file;
            }
            else
            {
                diagnostics.Warning(SourceLocation.WholeFile(file.DisplayPath), "the theme file is not used: only layouts/*.liquid, assets/, i18n/*.yml, card.yml and fonts/ are read",
                    $"move it to {Path.Combine(Path.TrimEndingDirectorySeparator(themeFolder), "layouts", Path.GetFileName(file.Name)).Replace('\\', '/')} if it is a layout, or under assets/ if it is a stylesheet, script or image.");
            }
        }

        return new Theme(layouts, assets) { CardFiles = cardFiles, Strings = new Localization.StringsCatalogue(strings, unreadable) };
    }

    /// <summary>Every file of the theme by its path inside it: the built-in files, each replaced by the site's file of the same path.</summary>
    public static SortedDictionary<string, ThemeFile> Files(string themeFolder, DiagnosticBag diagnostics)
    {
        var files = new SortedDictionary<string, ThemeFile>(StringComparer.Ordinal);
        foreach (var name in BuiltInTheme.Files)
        {
            files[name] = new ThemeFile(name, $"{BuiltInTheme.DisplayRoot}/{name}", BuiltInTheme.Read(name), IsBuiltIn: true);
        }

        var root = themeFolder.Length == 0 ? "" : Path.TrimEndingDirectorySeparator(Path.GetFullPath(themeFolder));
        if (root.Length == 0 || !Directory.Exists(root))
        {
            return files;
        }

        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (name.Split('/').Any(part => part.StartsWith('.')) || !IsInTheme(path, root, diagnostics))
            {
                // Hidden files (.DS_Store, editors' swap files) are no part of a theme.
                continue;
            }

            var display = SourceFileReader.DisplayPathOf(path);
            try
            {
                files[name] = new ThemeFile(name, display, File.ReadAllBytes(path), IsBuiltIn: false);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(SourceLocation.WholeFile(display), $"cannot read the theme file: {exception.Message}",
                    "make the file readable by the user running the build.");
            }
        }

        return files;
    }

    private static Layout? ParseLayout(ThemeFile themeFile, DiagnosticBag diagnostics)
    {
        if (SourceFileReader.Decode(themeFile.Bytes, themeFile.DisplayPath, themeFile.DisplayPath, diagnostics) is not { } file)
        {
            return null;
        }

        var name = themeFile.Name[LayoutsFolder.Length..^LayoutExtension.Length];
        var text = file.Text;
        if (themeFile.Name.StartsWith(PartialsFolder, StringComparison.Ordinal))
        {
            // A partial under partials/ is written into a sentence: the line break that ends its file is no part of it.
            text = text.EndsWith("\r\n", StringComparison.Ordinal) ? text[..^2] : text.EndsWith('\n') ? text[..^1] : text;
        }

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

    private static ThemeAsset Fingerprint(ThemeFile file)
    {
        var name = file.Name[AssetsFolder.Length..];
        var hash = Convert.ToHexStringLower(XxHash128.Hash(file.Bytes))[..10];
        var extension = Path.GetExtension(name);
        return new ThemeAsset(name, file.Bytes, $"theme/{name[..^extension.Length]}.{hash}{extension}");
    }
}
