using System.CommandLine;
using Generator.Content;

namespace Generator.Cli;

/// <summary><c>new article|section|term</c>: creates content files with their front matter skeleton.</summary>
public static class NewCommand
{
    public static Command Create()
    {
        var articleSlug = new Argument<string>("slug") { Description = "The article's address, e.g. un-chief-urges-diplomacy." };
        var articleTitle = new Argument<string>("title") { Description = "The headline." };
        var article = new Command("article", "Create input/articles/<slug>/index.md (a draft dated today).") { articleSlug, articleTitle, BuildCommand.Input };
        article.SetAction(parse => Report(parse, () => ContentScaffold.Article(parse.GetValue(BuildCommand.Input)!, parse.GetValue(articleSlug)!, parse.GetValue(articleTitle)!, DateOnly.FromDateTime(DateTime.Now))));

        var sectionArticle = new Argument<string>("article") { Description = "The slug of the article to add the section to." };
        var sectionTitle = new Argument<string>("title") { Description = "The section's title (its file name and address come from it)." };
        var section = new Command("section", "Create the article's next section, NN-<title-slug>.md, numbered after the last one.") { sectionArticle, sectionTitle, BuildCommand.Input };
        section.SetAction(parse => Report(parse, () => ContentScaffold.Section(parse.GetValue(BuildCommand.Input)!, parse.GetValue(sectionArticle)!, parse.GetValue(sectionTitle)!)));

        var termName = new Argument<string>("term") { Description = "The term as readers see it, e.g. \"Normandy format\"." };
        var term = new Command("term", "Create input/glossary/<term-slug>.md.") { termName, BuildCommand.Input };
        term.SetAction(parse => Report(parse, () => ContentScaffold.Term(parse.GetValue(BuildCommand.Input)!, parse.GetValue(termName)!)));

        return new Command("new", "Create an article, a section or a glossary term from its skeleton.") { article, section, term };
    }

    private static int Report(ParseResult parse, Func<ContentScaffold.Created> create)
    {
        var console = parse.InvocationConfiguration;
        try
        {
            var created = create();
            console.Output.WriteLine($"Created {created.Path}. {created.NextStep}");
            return ExitCodes.Success;
        }
        catch (ScaffoldException exception)
        {
            return ScaffoldRefusal.Print(exception, console.Error);
        }
    }
}
