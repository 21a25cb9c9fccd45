using Fluid;

namespace Generator.Rendering;

/// <summary>A parsed Liquid layout of the theme, with its source kept for locating errors.</summary>
public sealed record Layout(string Name, string DisplayPath, string Source, IFluidTemplate Template);
