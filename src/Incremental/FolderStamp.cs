namespace Generator.Incremental;

/// <summary>
/// One fingerprint for everything in a folder, from the file system's metadata alone: every entry's name and
/// <see cref="FileStamp"/>, with no file read. Two equal stamps mean no file was added, removed, renamed or written in
/// between (for the inputs, not even one whose write time was set back: its change time moved). It is the whole-build
/// form of make's rule: a target whose prerequisites are all older than it is up to date.
/// <para>
/// Each folder's fingerprint is made from its entries in name order (<see cref="FolderListing"/>), a sub-folder's by
/// its own fingerprint (a Merkle tree), so sub-folders are listed and stamped on both cores at once and the order the
/// file system lists names in does not matter.
/// </para>
/// </summary>
public static class FolderStamp
{
    /// <summary>What of a file's stamp counts.</summary>
    public enum Detail
    {
        /// <summary>Size, write time, change time, inode: any write, rename over or permission change moves it.</summary>
        Full,

        /// <summary>
        /// Size, write time and inode, without the change time: for the output folder, whose files' link counts (and so
        /// change times) move when the replaced site, which shares their files, is removed after the build.
        /// </summary>
        WithoutChangeTime,
    }

    /// <summary>The fingerprint of the folder's tree; a missing folder has one of its own, so it appearing is a change.</summary>
    /// <param name="listing">Where the folders read are kept, for a build that goes on to read the files (by default, nowhere).</param>
    public static string Of(string folder, Detail detail, FolderListing? listing = null) =>
        Directory.Exists(folder) ? OfFolder(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)), detail, listing ?? new FolderListing()) : Fingerprint.Of("no folder");

    private static string OfFolder(string folder, Detail detail, FolderListing listing)
    {
        var entries = listing.Of(folder);
        var subFolders = entries.Where(entry => entry.Kind == EntryKind.Folder).Select(entry => folder + Path.DirectorySeparatorChar + entry.Name).ToList();
        var subStamps = new string[subFolders.Count];
        if (subFolders.Count >= FolderListing.SubFoldersWorthSharing)
        {
            Parallel.For(0, subFolders.Count, index => subStamps[index] = OfFolder(subFolders[index], detail, listing));
        }
        else
        {
            for (var index = 0; index < subFolders.Count; index++)
            {
                subStamps[index] = OfFolder(subFolders[index], detail, listing);
            }
        }

        var fingerprint = new Fingerprint().Add(entries.Count);
        var nextSubFolder = 0;
        foreach (var entry in entries)
        {
            fingerprint.Add(entry.RawName);
            if (entry.Kind == EntryKind.Folder)
            {
                fingerprint.Add(subStamps[nextSubFolder++]);
            }
            else if (entry.Stamp is not { } stamp)
            {
                // Gone while the folder was read, or the folder unreadable: a change.
                fingerprint.Add("gone");
            }
            else
            {
                fingerprint.Add(stamp.Length).Add(stamp.WrittenNanoseconds).Add((long)stamp.Inode).Add((long)stamp.Device);
                if (detail == Detail.Full)
                {
                    fingerprint.Add(stamp.ChangedNanoseconds);
                }
            }
        }

        return fingerprint.Finish();
    }
}
