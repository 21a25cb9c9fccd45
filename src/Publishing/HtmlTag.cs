namespace Generator.Publishing;

/// <summary>One tag as the scanner met it; <see cref="Attributes"/> is only valid during the callback.</summary>
public readonly record struct HtmlTag(string Name, bool IsEnd, IReadOnlyList<HtmlAttribute> Attributes)
{
    public bool TryGet(string name, out HtmlAttribute attribute)
    {
        // By index: a foreach over the interface would allocate an enumerator for every look-up of every tag.
        for (var index = 0; index < Attributes.Count; index++)
        {
            if (Attributes[index].Name == name)
            {
                attribute = Attributes[index];
                return true;
            }
        }

        attribute = default;
        return false;
    }
}
