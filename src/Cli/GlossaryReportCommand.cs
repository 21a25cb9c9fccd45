using System.CommandLine;
using Generator.Glossary;
using Generator.Pipeline;

namespace Generator.Cli;

/// <summary>
/// <c>glossary report</c>: for every section, each term found, whether it was linked, and if not why
/// (density rule, excluded by the section, inside a heading, link or code). Writes nothing.
/// </summary>
public static class GlossaryReportCommand
{
    public static Command Create()
    {
        var report = new Command("report", "List, per section, every glossary term found and whether it was linked (and if not, why). Writes nothing.")
        {
            BuildCommand.Input, BuildCommand.Drafts,
        };
        report.SetAction(Run);
        return new Command("glossary", "Glossary tools.") { report };
    }

    private static int Run(ParseResult parse)
    {
        var console = parse.InvocationConfiguration;
        var result = GlossaryReportRun.Run(new BuildOptions(parse.GetValue(BuildCommand.Input)!, "site", "theme", IncludeDrafts: parse.GetValue(BuildCommand.Drafts)));
        DiagnosticPrinter.Print(result.Diagnostics, console.Error, "no report; fix them and run it again.");
        if (result.Diagnostics.Any(d => d.Severity == Diagnostics.Severity.Error))
        {
            return ExitCodes.ContentErrors;
        }

        var output = console.Output;
        var used = new HashSet<Term>(ReferenceEqualityComparer.Instance);
        foreach (var (article, section, occurrences) in result.Report.Sections(result.Articles))
        {
            output.WriteLine(section is null
                ? $"{article.Slug} › Standfirst  ({article.Standfirst.File.DisplayPath})"
                : $"{article.Slug} › {section.Title}  ({section.Body.File.DisplayPath})");
            if (occurrences.Count == 0)
            {
                output.WriteLine("  no glossary terms");
            }

            foreach (var occurrence in occurrences)
            {
                output.WriteLine($"  line {occurrence.Line,-4} {Describe(occurrence.Outcome),-28} {occurrence.Text} → {occurrence.Term.Slug}");
                if (occurrence.Outcome is TermOutcome.Linked or TermOutcome.LinkedExplicitly)
                {
                    used.Add(occurrence.Term);
                }
            }

            output.WriteLine();
        }

        var unlinked = result.Glossary!.Terms.Where(t => !used.Contains(t)).Select(t => t.Slug).ToList();
        output.WriteLine(unlinked.Count == 0 ? "Every term is linked somewhere." : $"Never linked in an article: {string.Join(", ", unlinked)}");
        return ExitCodes.Success;
    }

    private static string Describe(TermOutcome outcome) => outcome switch
    {
        TermOutcome.Linked => "linked",
        TermOutcome.LinkedExplicitly => "linked (explicit term: link)",
        TermOutcome.SkippedByDensity => "skipped: density rule",
        TermOutcome.SkippedExcludedBySection => "skipped: excluded",
        TermOutcome.SkippedInHeading => "skipped: in heading",
        TermOutcome.SkippedInLink => "skipped: in link",
        TermOutcome.SkippedInCode => "skipped: in code",
        TermOutcome.SkippedAcrossMarkup => "skipped: crosses markup",
        _ => outcome.ToString(),
    };
}
