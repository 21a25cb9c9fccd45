using System.Text.RegularExpressions;

namespace Generator.Serving;

/// <summary>One <c>[[headers]]</c> block of netlify.toml: a path pattern (<c>*</c> matches anything) and its headers.</summary>
public sealed record HeaderRule(string Pattern, IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    private readonly Regex _matcher = new("^" + Regex.Escape(Pattern).Replace("\\*", ".*") + "$", RegexOptions.CultureInvariant);

    public bool Matches(string path) => _matcher.IsMatch(path);
}
