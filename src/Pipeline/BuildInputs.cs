using Generator.Incremental;

namespace Generator.Pipeline;

/// <summary>
/// Everything a build reads, as one fingerprint taken before it reads anything: the generator, the options, and the
/// stamps of every file under the input folder (content, glossary, assets, site settings, strings), the theme folder
/// and the headers file. A file saved while the build runs moves its stamp after this was taken, so the next build
/// sees it. The input folder's listing is kept (a <see cref="FolderListing"/>): the build then loads its content from
/// the same look at the file system. "Now" and git's history are the two inputs that are not files; <see cref="LastBuild"/> keeps what the
/// build's result depends on of them.
/// </summary>
public static class BuildInputs
{
    /// <param name="inputListing">Where the input folder's entries and stamps are kept for loading the content.</param>
    public static string Fingerprint(BuildOptions options, FolderListing inputListing)
    {
        var fingerprint = new Fingerprint()
            .Add(GeneratorVersion.Current)
            .Add(Path.GetFullPath(options.InputFolder))
            .Add(Path.GetFullPath(options.OutputFolder))
            .Add(Path.GetFullPath(options.ThemeFolder))
            .Add(options.BaseUrl)
            .Add(options.IncludeDrafts ? 1 : 0)
            .Add(options.IncludeFuture ? 1 : 0)
            .Add(options.Strict ? 1 : 0)
            .Add(options.HeadersFile is { } headers ? Path.GetFullPath(headers) : null)
            .Add(options.HeadersFile is { } file ? FileStamp.Of(file)?.ToString() : null);
        // The two folders are listed and stamped at the same time: together they are most of the work.
        var folders = new (string Folder, FolderListing? Listing)[] { (options.InputFolder, inputListing), (options.ThemeFolder, null) }.AsParallel().AsOrdered()
            .Select(folder => FolderStamp.Of(folder.Folder, FolderStamp.Detail.Full, folder.Listing)).ToList();
        foreach (var folder in folders)
        {
            fingerprint.Add(folder);
        }

        return fingerprint.Finish();
    }
}
