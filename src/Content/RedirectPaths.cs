using Generator.Content.FrontMatter;
using Generator.Diagnostics;

namespace Generator.Content;

/// <summary>
/// Reads <c>redirect_from</c>: the site paths a page used to have. Each must be a plain root-relative path
/// (<c>/2022/02/old-story/</c>): no scheme, no query, no <c>..</c>, since a meta-refresh page is written at it and it
/// must stay inside the output folder.
/// </summary>
public static class RedirectPaths
{
    public static IReadOnlyList<LocatedText> Read(FrontMatterReader reader, DiagnosticBag diagnostics)
    {
        var paths = new List<LocatedText>();
        foreach (var path in reader.LocatedTextList("redirect_from"))
        {
            if (IsSafe(path.Value))
            {
                paths.Add(path);
            }
            else
            {
                diagnostics.Error(path.Location, $"redirect_from '{path.Value}' is not a path of this site",
                    "write it root-relative, e.g. /2022/02/old-story/ — no http://, no ?query or #fragment, no '..', no backslashes.");
            }
        }

        return paths;
    }

    private static bool IsSafe(string path) =>
        path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal) && path.Length > 1 &&
        path.IndexOfAny(['?', '#', '\\', ':', '*', '"', '<', '>', '|', '\0']) < 0 &&
        !path.Split('/').Any(segment => segment is "." or "..") &&
        !path.Any(char.IsWhiteSpace);
}
