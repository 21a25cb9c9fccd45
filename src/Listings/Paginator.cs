namespace Generator.Listings;

/// <summary>
/// Splits one listing into pages of at most <c>per_page</c> items (site.yml's <c>pagination</c>): page 1 is the
/// listing's own address, page N is that address followed by <c>page/N/</c> (there is never a <c>page/1/</c>). Every
/// listing of the site — the front page, the date archives, topic pages, the glossary and term pages — is split here,
/// so they all number and address their pages the same way.
/// </summary>
public static class Paginator
{
    /// <summary>site.yml's <c>pagination.per_page</c> when it is not written: a front page of twenty stories.</summary>
    public const int DefaultPerPage = 20;

    /// <summary>The folder (under the output folder) that page-numbered addresses of a listing go in.</summary>
    public const string PageFolder = "page";

    /// <param name="folder">The listing's folder under the output folder, with a trailing slash ("" for the front page, "topics/ukraine/").</param>
    /// <param name="count">How many items the listing has; a listing with none still has its first page.</param>
    public static IReadOnlyList<ListingPage> Split(string folder, int count, int perPage)
    {
        var total = Math.Max(1, (count + perPage - 1) / perPage);
        var pages = new List<ListingPage>(total);
        for (var number = 1; number <= total; number++)
        {
            var start = (number - 1) * perPage;
            pages.Add(new ListingPage(folder, number, total, start, Math.Min(perPage, count - start)));
        }

        return pages;
    }

    /// <summary>The folder of page <paramref name="number"/> of the listing in <paramref name="folder"/>.</summary>
    public static string FolderOf(string folder, int number) => number == 1 ? folder : $"{folder}{PageFolder}/{number}/";

    /// <summary>A folder under the output folder as a root-relative address, each segment escaped.</summary>
    public static string UrlOf(string folder) =>
        IsPlain(folder)
            ? "/" + folder
            : "/" + string.Concat(folder.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(segment => Uri.EscapeDataString(segment) + "/"));

    /// <summary>
    /// Whether the folder is its own address: segments of letters, digits and hyphens, each ending in a slash, as
    /// every slug is. Most are, and a page's links ask for many.
    /// </summary>
    private static bool IsPlain(string folder)
    {
        var segmentStart = true;
        foreach (var character in folder)
        {
            var plain = char.IsAsciiLetterOrDigit(character) || character == '-';
            if (!(plain || (character == '/' && !segmentStart)))
            {
                return false;
            }

            segmentStart = character == '/';
        }

        return segmentStart;
    }
}
