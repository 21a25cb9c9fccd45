using System.Runtime.InteropServices;

namespace Generator.Publishing;

/// <summary>
/// Replaces one folder by another in a single step where the system allows it (Linux <c>renameat2</c> with
/// <c>RENAME_EXCHANGE</c>), so a reader or a deploy never sees a half-written site and a build killed at any moment
/// leaves either the old site or the new one.
/// </summary>
public static partial class AtomicSwap
{
    private const int CurrentDirectory = -100;
    private const uint RenameExchange = 2;

    /// <summary>Puts <paramref name="staging"/> in place of <paramref name="target"/>; afterwards <paramref name="staging"/> holds the old content (or nothing).</summary>
    public static void Replace(string target, string staging)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }

        if (OperatingSystem.IsLinux() && TryExchange(staging, target))
        {
            return;
        }

        // Elsewhere: two renames. The window between them is microseconds long, and the old site is kept until the new one is in place.
        var old = staging + ".old";
        Directory.Move(target, old);
        Directory.Move(staging, target);
        Directory.Move(old, staging);
    }

    private static bool TryExchange(string first, string second)
    {
        try
        {
            return RenameAt2(CurrentDirectory, first, CurrentDirectory, second, RenameExchange) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
}
