using System.Runtime.CompilerServices;

namespace Generator.Rendering;

/// <summary>
/// What the uses of a prose partial that render alike have in common: the object their shared values are worked out from
/// (a term; none for a note), the strings of their language, and a number (a note's, or which of a link's holes have a
/// value). The objects are immutable and compared by reference, so two uses with equal keys are given equal shared
/// values, and the cached rendering is exact.
/// </summary>
public readonly struct PartialKey(object? subject, object strings, int variant) : IEquatable<PartialKey>
{
    private readonly object? _subject = subject;
    private readonly object _strings = strings;
    private readonly int _variant = variant;

    public bool Equals(PartialKey other) =>
        ReferenceEquals(_subject, other._subject) && ReferenceEquals(_strings, other._strings) && _variant == other._variant;

    public override bool Equals(object? obj) => obj is PartialKey other && Equals(other);

    public override int GetHashCode() =>
        HashCode.Combine(_subject is null ? 0 : RuntimeHelpers.GetHashCode(_subject), RuntimeHelpers.GetHashCode(_strings), _variant);
}
