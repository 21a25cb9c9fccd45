using Generator.Content;

namespace Generator.Cli;

/// <summary>How the commands that create files (<c>new</c>, <c>init</c>, <c>theme eject</c>) say why they created nothing.</summary>
public static class ScaffoldRefusal
{
    public static int Print(ScaffoldException exception, TextWriter error)
    {
        error.WriteLine($"error: {exception.Message}");
        error.WriteLine($"  hint: {exception.Hint}");
        return ExitCodes.ContentErrors;
    }
}
