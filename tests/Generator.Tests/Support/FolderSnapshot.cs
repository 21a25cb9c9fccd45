using System.Security.Cryptography;

namespace Generator.Tests.Support;

/// <summary>Every file of a folder with the hash of its bytes and its modification time, to prove a folder was left untouched.</summary>
public static class FolderSnapshot
{
    public static IReadOnlyDictionary<string, string> Take(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToDictionary(
                path => Path.GetRelativePath(folder, path),
                path => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))) + "@" + File.GetLastWriteTimeUtc(path).Ticks);
}
