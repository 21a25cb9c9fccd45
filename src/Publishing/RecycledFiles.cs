using System.Collections.Concurrent;
using Generator.Incremental;

namespace Generator.Publishing;

/// <summary>
/// What a staging folder holds before the build writes to it: the files and folders of an earlier site (the preview
/// keeps the site each rebuild replaces, see <see cref="StagingFolder"/>), or the old site's folders made ahead of the
/// pages. A path the build writes is claimed; whatever is still unclaimed when the build has written everything is not
/// part of the new site and is removed before the swap, so the new site holds exactly what a build from nothing would.
/// </summary>
internal sealed class RecycledFiles
{
    // Each file with its inode number as its folder named it (0: not known). Tables written by every thread are made
    // their full size at once (ConcurrentTable): growing one stops every thread that writes to it.
    private readonly ConcurrentDictionary<string, ulong> _files;
    private readonly ConcurrentDictionary<string, bool> _folders;
    private readonly ConcurrentDictionary<string, bool> _claimedFolders;

    private RecycledFiles(string root, IReadOnlyCollection<string> folders, IReadOnlyCollection<KeyValuePair<string, ulong>> files)
    {
        _files = ConcurrentTable.Sized<ulong>(files.Count);
        foreach (var (path, inode) in files)
        {
            _files[path] = inode;
        }

        _folders = ConcurrentTable.Sized<bool>(folders.Count);
        foreach (var folder in folders)
        {
            _folders[folder] = true;
        }

        _claimedFolders = ConcurrentTable.Sized<bool>(folders.Count + 1);
        _claimedFolders[root] = true;
    }

    /// <summary>Nothing recycled: a new, empty staging folder.</summary>
    public static RecycledFiles None(string root) => new(root, [], []);

    /// <summary>How many files the folder held when the build started.</summary>
    public int FileCount => _files.Count;

    /// <summary>
    /// Every file and folder under <paramref name="root"/>, as it is now, each file with its inode number: an archive's
    /// kept site is about 100,000 entries, listed folder by folder on every core, with no look-up per file.
    /// </summary>
    public static RecycledFiles Under(string root)
    {
        var (folders, files) = (new ConcurrentQueue<string>(), new ConcurrentQueue<KeyValuePair<string, ulong>>());
        try
        {
            List(root);
        }
        catch (AggregateException exception) when (exception.Flatten().InnerExceptions is [var first, ..])
        {
            // As the folder it failed in would have: the staging folder reports an unreadable folder as a write error.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(first).Throw();
        }

        return new RecycledFiles(root, folders, files);

        void List(string folder)
        {
            var subFolders = new List<string>();
            foreach (var entry in FolderListing.Names(folder))
            {
                var path = folder + Path.DirectorySeparatorChar + entry.Name;
                if (entry.IsFolder)
                {
                    folders.Enqueue(path);
                    subFolders.Add(path);
                }
                else
                {
                    files.Enqueue(new(path, entry.Inode));
                }
            }

            if (subFolders.Count >= FolderListing.SubFoldersWorthSharing)
            {
                Parallel.ForEach(subFolders, List);
            }
            else
            {
                subFolders.ForEach(List);
            }
        }
    }

    /// <summary>The folders there were when the build started.</summary>
    public IEnumerable<string> Folders => _folders.Keys;

    /// <summary>Records a folder made ahead of the pages, which is removed if no page goes into it.</summary>
    public void AddFolder(string folder) => _folders[folder] = true;

    /// <summary>
    /// Claims a file of the new site (its full path); true when a file is already there, which must not be written
    /// into, with its inode number as its folder named it when the staging folder was opened (0: not known).
    /// </summary>
    public bool Claim(string file, out ulong inode)
    {
        for (var folder = Path.GetDirectoryName(file); folder is not null && _claimedFolders.TryAdd(folder, true); folder = Path.GetDirectoryName(folder))
        {
        }

        return _files.TryRemove(file, out inode);
    }

    /// <summary>Removes every file and folder no page claimed: the pages of the earlier site that this build does not have.</summary>
    public void RemoveUnclaimed()
    {
        // A folder no page went into goes whole, from its highest unclaimed folder down.
        foreach (var folder in _folders.Keys.Where(IsUnclaimed))
        {
            if (!IsUnclaimed(Path.GetDirectoryName(folder)!))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        foreach (var file in _files.Keys.Where(file => !IsUnclaimed(Path.GetDirectoryName(file)!)))
        {
            File.Delete(file);
        }
    }

    private bool IsUnclaimed(string folder) => !_claimedFolders.ContainsKey(folder);
}
