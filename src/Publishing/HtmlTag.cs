namespace Generator.Publishing;

/// <summary>One tag as the scanner met it; <see cref="Attributes"/> is only valid during the callback.</summary>
public readonly record struct HtmlTag(string Name, bool IsEnd, IReadOnlyList<HtmlAttribute> Attributes)
{
    public string? this[string name] => TryGet(name, out var attribute) ? attribute.Value : null;

    public bool TryGet(string name, out HtmlAttribute attribute)
    {
        foreach (var candidate in Attributes)
        {
            if (candidate.Name == name)
            {
                attribute = candidate;
                return true;
            }
        }

        attribute = default;
        return false;
    }
}
