namespace Generator.Cli;

public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The content, glossary or theme has errors; they were printed with their locations.</summary>
    public const int ContentErrors = 1;

    /// <summary>The command line itself is wrong (unknown option, bad value).</summary>
    public const int UsageError = 2;
}
