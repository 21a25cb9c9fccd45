using System.Reflection;
using Generator.Content;

namespace Generator.Cli;

/// <summary>The generator as a .NET tool (Generator.csproj's PackageId and ToolCommandName): what a new site's build installs and runs.</summary>
public static class ToolPackage
{
    public const string Id = "AnnotatedNews";

    public const string Command = "annotate";

    /// <summary>This generator's own version, so a new site's build installs the generator that created it.</summary>
    public static string Version { get; } =
        (typeof(ToolPackage).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "1.0.0").Split('+')[0];

    public static StarterSite.ToolInstall Install { get; } = new(Id, Version, Command);
}
