using AngleSharp.Dom;
using Generator.Tests.Support;

namespace Generator.Tests.Browser;

/// <summary>
/// The pages of a built site worth auditing with axe: for each layout (the body's <c>page-…</c> class), the fewest
/// pages that together hold every kind of element (tag and class) any page of that layout holds. axe judges elements —
/// their roles, names, contrast and focus — so a page whose kinds of elements all appear on an audited page of the same
/// layout differs from it only in its text; a page in another language than the audited ones of its layout counts as
/// holding a new kind (its labels are other words). On the seed that is the front page, the search page, the English and the Ukrainian
/// article, the glossary, the 404 and three of the 21 term pages (one with every optional part but a date, one with the
/// date, one in Ukrainian), not all 27.
/// </summary>
public static class AuditedPages
{
    /// <summary>The chosen files, in the order of <paramref name="htmlFiles"/>.</summary>
    public static IReadOnlyList<string> Choose(IEnumerable<string> htmlFiles)
    {
        var pages = htmlFiles.Select(file => (File: file, Document: TestSite.ParsePage(file))).ToList();
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var layout in pages.GroupBy(page => LayoutOf(page.Document), StringComparer.Ordinal))
        {
            var kinds = layout.ToDictionary(page => page.File, page => KindsOfElements(page.Document), StringComparer.Ordinal);
            var covered = new HashSet<string>(StringComparer.Ordinal);
            var all = kinds.Values.SelectMany(kind => kind).ToHashSet(StringComparer.Ordinal);
            do
            {
                // The page that adds the most kinds not yet covered; the first in file order among equals.
                var next = layout.Select(page => page.File).MaxBy(file => kinds[file].Count(kind => !covered.Contains(kind)))!;
                chosen.Add(next);
                covered.UnionWith(kinds[next]);
            }
            while (covered.Count < all.Count);
        }

        return [.. pages.Select(page => page.File).Where(chosen.Contains)];
    }

    private static string LayoutOf(IDocument page) =>
        page.Body?.ClassList.FirstOrDefault(name => name.StartsWith("page-", StringComparison.Ordinal)) ?? "";

    private static HashSet<string> KindsOfElements(IDocument page)
    {
        // A page in another language has other names and labels for the same elements (aria-labels, the skip link,
        // the language switch): its language counts as a kind of its own, so a Ukrainian page is audited too.
        var kinds = new HashSet<string>(StringComparer.Ordinal) { "html[lang=" + page.DocumentElement.GetAttribute("lang") + "]" };
        foreach (var element in page.Body?.Descendants<IElement>() ?? [])
        {
            kinds.Add(element.LocalName);
            foreach (var name in element.ClassList)
            {
                kinds.Add(element.LocalName + "." + name);
            }
        }

        return kinds;
    }
}
