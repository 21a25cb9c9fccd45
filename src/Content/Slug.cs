using System.Text;
using Generator.Content.Unicode;

namespace Generator.Content;

/// <summary>
/// Turns file and folder names into URL segments: lower case, letters and digits kept (in any script, so
/// "Überblick" stays readable), every other run of characters becomes one hyphen.
/// </summary>
public static class Slug
{
    public static string From(string name)
    {
        var slug = new StringBuilder(name.Length);
        var pendingHyphen = false;
        foreach (var character in CanonicalComposition.ToFormC(name))
        {
            if (char.IsLetterOrDigit(character))
            {
                if (pendingHyphen && slug.Length > 0)
                {
                    slug.Append('-');
                }

                slug.Append(char.ToLowerInvariant(character));
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return slug.ToString();
    }
}
