using Generator.Content;
using Generator.Rendering;

namespace Generator.Publishing;

/// <summary>
/// The asset step: the theme's assets (read and fingerprinted when the theme loaded) and the content's own files under
/// <c>input/assets/</c> go to the staging folder, after every page and before the staging folder is swapped in. The
/// link check takes the same paths (<see cref="OutputPaths"/>) as present, so a page may link an asset.
/// </summary>
public static class CopyAssets
{
    /// <summary>Where each asset is published, relative to the site's root.</summary>
    public static IEnumerable<string> OutputPaths(Theme theme, IReadOnlyList<AssetFile> assets) =>
        theme.Assets.Values.Select(asset => asset.OutputPath).Concat(assets.Select(OutputPathOf));

    /// <summary>Writes the theme's assets and copies the content's; a failure is reported when the staging folder is committed.</summary>
    public static void Run(StagingFolder staging, Theme theme, IReadOnlyList<AssetFile> assets)
    {
        foreach (var asset in theme.Assets.Values)
        {
            staging.WriteFile(asset.OutputPath, asset.Bytes);
        }

        Parallel.ForEach(assets, asset => staging.CopyFile(asset.FullPath, OutputPathOf(asset)));
    }

    private static string OutputPathOf(AssetFile asset) => $"{InputFolder.AssetsFolder}/{asset.RelativePath}";
}
