using Fluid;
using Fluid.Values;

namespace Generator.Rendering;

/// <summary>
/// One place a <see cref="ProsePartial"/> is written (a term link, a note's anchor, a sidenote): the part of the model it
/// shares with other uses, the values that are its own (the partial's holes, by their index in
/// <see cref="ProsePartial.HoleNames"/>), and where the markup goes.
/// </summary>
public interface IPartialUse
{
    /// <summary>What this use shares with every use of the same key: given to the partial once per key.</summary>
    void SetSharedValues(TemplateContext context);

    /// <summary>Whether the hole has a value in this use (a link without an endnote has none); part of the key.</summary>
    bool HasValue(int hole);

    /// <summary>Writes markup of the partial.</summary>
    void WriteHtml(string html);

    /// <summary>Writes the hole's value, HTML, where the partial prints it.</summary>
    void WriteHole(int hole);

    /// <summary>The hole's value, for a partial rendered whole for this use: printed, it writes what <see cref="WriteHole"/> does.</summary>
    FluidValue HoleValue(int hole);

    /// <summary>What the prose shows when the partial fails (the build then stops with its error): the words alone.</summary>
    void WriteWithoutMarkup();
}
