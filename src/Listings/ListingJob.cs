using Generator.Rendering.Views;

namespace Generator.Listings;

/// <summary>
/// One page that lists part of the site, ready to render: its layout and file, the content file its problems are
/// reported at, its own view, what else it is given of its own (<see cref="Own"/>: small values such as its
/// pagination, written out to fingerprint them), and the views it lists — made only when the page must be rendered
/// (<see cref="Listed"/>) — with their names (<see cref="ListedNames"/>), exactly the slice the page shows; and the
/// language it is written in.
/// </summary>
public sealed record ListingJob(
    string Layout,
    string OutputPath,
    string Source,
    PageView Page,
    IReadOnlyDictionary<string, object?> Own,
    Func<IReadOnlyDictionary<string, object?>> Listed,
    IReadOnlyList<string> ListedNames,
    string Language);
