namespace Generator.Pipeline;

/// <summary>
/// What <see cref="BuildInputs.Stamp"/> found before the build read anything: one fingerprint of everything the build
/// reads, and the stamp of every folder under the input folder by its full path (see
/// <see cref="Incremental.FolderStamp"/>), so the build can take a folder nothing was written in as it was.
/// </summary>
public sealed record StampedInputs(string Fingerprint, IReadOnlyDictionary<string, string> InputFolders);
