namespace Generator.Content;

/// <summary>Why a <c>new</c> command could not create its file, and what to do instead.</summary>
public sealed class ScaffoldException(string message, string hint) : Exception(message)
{
    public string Hint { get; } = hint;
}
