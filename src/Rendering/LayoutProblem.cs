namespace Generator.Rendering;

/// <summary>A layout asked for something the theme does not have; <see cref="Name"/> is what to look for in the layout to locate it.</summary>
public sealed class LayoutProblem(string message, string name, string hint) : Exception(message)
{
    public string Name { get; } = name;

    public string Hint { get; } = hint;

    /// <summary>A pattern that finds the place in a layout more precisely than <see cref="Name"/> (a filter's use).</summary>
    public string? Pattern { get; init; }
}
