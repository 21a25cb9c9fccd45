using Generator.Diagnostics;
using Generator.Localization;
using Generator.Rendering;

namespace Generator.Tests.Support;

/// <summary>The repository theme's strings, for tests that render prose (term links and notes carry fixed words) outside a build.</summary>
public static class ThemeStrings
{
    public static LanguageStrings English { get; } = LoadTheme.Run(RepositoryPaths.Theme, new DiagnosticBag())!.Strings.Of("en");
}
