namespace Generator.Publishing;

/// <summary>One tag as the scanner met it; <see cref="Attributes"/> is only valid during the callback.</summary>
public readonly record struct HtmlTag(string Name, bool IsEnd, IReadOnlyList<HtmlAttribute> Attributes)
{
    public string? this[string name]
    {
        get
        {
            foreach (var attribute in Attributes)
            {
                if (attribute.Name == name)
                {
                    return attribute.Value;
                }
            }

            return null;
        }
    }
}
