namespace Generator.Corpus;

/// <summary>Writes a term's file, <c>glossary/&lt;slug&gt;.md</c>.</summary>
public static class GlossaryFile
{
    public static string Compose(CorpusTerm term)
    {
        var writer = new FrontMatterWriter()
            .Text("term", term.Name)
            .List("aliases", term.Aliases)
            .Text("short", term.Short);
        if (term.CaseSensitive)
        {
            writer.Boolean("case_sensitive", true);
        }

        if (term.PluralIsRegular)
        {
            writer.Boolean("plural", true);
        }
        else
        {
            writer.List("plural", term.Plurals);
        }

        return writer
            .List("see_also", term.SeeAlso)
            .Map("source", ("name", term.HasSource ? "The Corpus Reference Desk" : null), ("url", term.HasSource ? $"https://example.org/reference/{term.Slug}/" : null))
            .Date("as_of", term.AsOf)
            .Close(term.Body + "\n");
    }
}
