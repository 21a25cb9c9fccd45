using System.Text.RegularExpressions;

namespace Generator.Rendering;

/// <summary>
/// The layouts a layout is made of: itself, and every layout its <c>{% render %}</c>, <c>{% include %}</c> and
/// <c>{% layout %}</c> tags name, followed through those in turn. A tag whose name is not written out (a variable) could
/// name any layout, so a layout with one is made of them all.
/// </summary>
public static partial class LayoutReferences
{
    [GeneratedRegex("""\{%-?\s*(?:render|include|layout)\s+(?:(?<quote>['"])(?<name>[^'"]+)\k<quote>|(?<dynamic>[^\s'"%]))""")]
    private static partial Regex Tag();

    public static IReadOnlySet<string> Closure(Theme theme, string layoutName)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(layoutName);
        while (pending.TryPop(out var name))
        {
            if (!names.Add(name) || !theme.Layouts.TryGetValue(name, out var layout))
            {
                continue;
            }

            foreach (Match tag in Tag().Matches(layout.Source))
            {
                if (tag.Groups["dynamic"].Success)
                {
                    names.UnionWith(theme.Layouts.Keys);
                    return names;
                }

                var referenced = tag.Groups["name"].Value;
                pending.Push(referenced.EndsWith(".liquid", StringComparison.Ordinal) ? referenced[..^".liquid".Length] : referenced);
            }
        }

        return names;
    }
}
