using System.Text;
using Generator.Glossary;

namespace Generator.Tests.Properties;

/// <summary>A generated glossary and a generated Markdown document; printed so a shrunk counterexample can be pasted into a test.</summary>
internal sealed record LinkingCase(IReadOnlyList<Term> Terms, string Markdown)
{
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var term in Terms)
        {
            text.Append("Term(").Append(Quote(term.Slug)).Append(", ").Append(Quote(term.Name));
            foreach (var alias in term.Aliases)
            {
                text.Append(", ").Append(Quote(alias));
            }

            text.Append(')');
            if (term.CaseSensitive)
            {
                text.Append(" with { CaseSensitive = true }");
            }

            if (term.Plurals.Count > 0)
            {
                text.Append(" with { Plurals = [").AppendJoin(", ", term.Plurals.Select(Quote)).Append("] }");
            }

            text.Append("; ");
        }

        return text.Append("Markdown: ").Append(Quote(Markdown)).ToString();
    }

    /// <summary>A C# string literal, so the printed case compiles as it is.</summary>
    public static string Quote(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var character in value)
        {
            text.Append(character switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ => character.ToString(),
            });
        }

        return text.Append('"').ToString();
    }
}
