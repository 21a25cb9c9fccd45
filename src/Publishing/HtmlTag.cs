using System.Text;

namespace Generator.Publishing;

/// <summary>One tag as the scanner met it; <see cref="Attributes"/> is only valid during the callback.</summary>
public readonly record struct HtmlTag(ReadOnlyMemory<byte> Page, int NameStart, int NameLength, bool IsEnd, IReadOnlyList<HtmlAttribute> Attributes)
{
    /// <summary>Whether the tag is the element named <paramref name="lowerCaseName"/> (written in any letter case).</summary>
    public bool Is(string lowerCaseName) => Ascii.EqualsIgnoreCase(Page.Span.Slice(NameStart, NameLength), lowerCaseName);

    public bool TryGet(string lowerCaseName, out HtmlAttribute attribute)
    {
        // By index: a foreach over the interface would allocate an enumerator for every look-up of every tag.
        for (var index = 0; index < Attributes.Count; index++)
        {
            if (Attributes[index].NameIs(lowerCaseName))
            {
                attribute = Attributes[index];
                return true;
            }
        }

        attribute = default;
        return false;
    }
}
