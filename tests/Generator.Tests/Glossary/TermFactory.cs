using Generator.Content;
using Generator.Diagnostics;
using Generator.Glossary;

namespace Generator.Tests.Glossary;

internal static class TermFactory
{
    public static Term Term(string slug, string name, params string[] aliases) =>
        new(slug, name, aliases, $"Definition of {name}.", new MarkdownSource(new SourceFile(slug + ".md", slug + ".md", ""), 1),
            SourceLocation.StartOf(slug + ".md"));

    public static GlossaryIndex Index(params Term[] terms) => new(terms, new DiagnosticBag());
}
