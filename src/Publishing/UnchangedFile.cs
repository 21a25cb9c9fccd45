using System.Buffers;
using System.Runtime.InteropServices;

namespace Generator.Publishing;

/// <summary>
/// Carries a file whose bytes did not change from the old output folder into the new one as the same file (a hard
/// link), so its modification time stays and deploy tools that compare times upload only what changed; the new folder
/// is still complete on its own and swapped in whole. Where hard links are not possible the file is copied and given
/// the old time.
/// </summary>
public static partial class UnchangedFile
{
    /// <summary>How much of a file <see cref="Holds"/> reads at a time: most pages fit in one read.</summary>
    private const int ComparedAtOnce = 256 * 1024;

    /// <summary>Makes <paramref name="newPath"/>, which must not exist yet, the same file as <paramref name="oldPath"/>.</summary>
    public static void Keep(string oldPath, string newPath)
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            try
            {
                if (Link(oldPath, newPath) == 0)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is EntryPointNotFoundException or DllNotFoundException)
            {
                // Fall through to the copy below.
            }
        }

        // Never over an existing file: it could be a hard link of the live site's.
        File.Copy(oldPath, newPath, overwrite: false);
        File.SetLastWriteTimeUtc(newPath, File.GetLastWriteTimeUtc(oldPath));
    }

    /// <summary>
    /// Whether the file at <paramref name="path"/> holds exactly <paramref name="bytes"/>, read a piece at a time into
    /// one pooled buffer: every page a build writes is compared with the old site's, and reading each old file whole
    /// into a new array allocated as much again as the site (2 GB in a build of the 10,000-article archive).
    /// </summary>
    public static bool Holds(string path, ReadOnlySpan<byte> bytes)
    {
        try
        {
            // Sizes first, from the file's stamp: most changed files differ in size, and a missing one is no exception.
            var info = new FileInfo(path);
            if (!info.Exists || info.Length != bytes.Length)
            {
                return false;
            }

            using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read);
            var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(bytes.Length, ComparedAtOnce));
            try
            {
                var offset = 0;
                while (offset < bytes.Length)
                {
                    var read = RandomAccess.Read(file, buffer.AsSpan(0, Math.Min(buffer.Length, bytes.Length - offset)), offset);
                    if (read == 0 || !buffer.AsSpan(0, read).SequenceEqual(bytes.Slice(offset, read)))
                    {
                        return false;
                    }

                    offset += read;
                }

                // Grown since its size was taken: not the same bytes.
                return RandomAccess.GetLength(file) == bytes.Length;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Whether two files hold the same bytes.</summary>
    public static bool Same(string first, string second)
    {
        try
        {
            // Sizes first: most changed files differ in size, and then neither needs reading.
            var a = new FileInfo(first);
            var b = new FileInfo(second);
            return a.Exists && b.Exists && a.Length == b.Length && Holds(first, File.ReadAllBytes(second));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string oldPath, string newPath);
}
