using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Generator.Corpus;

var articles = new Option<int>("--articles") { Description = "How many articles.", Required = true };
var sections = new Option<int>("--sections") { Description = "How many sections each article has.", Required = true };
var terms = new Option<int>("--terms") { Description = "How many glossary terms.", Required = true };
var output = new Option<string>("--out") { Description = "The folder to write the input into (new or empty).", Required = true };
var seed = new Option<int>("--seed") { Description = "Another seed gives another corpus of the same size.", DefaultValueFactory = _ => 1 };
var termsInProse = new Option<int?>("--terms-in-prose")
{
    Description = "How many of the terms the articles mention (default: all); the rest are used only in definitions. " +
        "Corpora that differ only in --terms and keep this equal have the same articles.",
};

var photos = new Option<int>("--photos")
{
    Description = "How many JPEG photos (2000 x 1333) to add for the build to resize; each article's first section shows one. Default 0.",
    DefaultValueFactory = _ => 0,
};

var command = new RootCommand("Writes a generated input folder of any size that the generator builds without errors or warnings.")
{
    articles, sections, terms, output, seed, termsInProse, photos,
};
command.SetAction(parse =>
{
    var options = new CorpusOptions(parse.GetValue(articles), parse.GetValue(sections), parse.GetValue(terms), parse.GetValue(seed), parse.GetValue(termsInProse), parse.GetValue(photos));
    if (options.Problem() is { } problem)
    {
        Console.Error.WriteLine("error: " + problem);
        return 2;
    }

    var folder = parse.GetValue(output)!;
    var clock = Stopwatch.StartNew();
    try
    {
        CorpusWriter.Write(options, folder);
    }
    catch (ArgumentException notEmpty)
    {
        Console.Error.WriteLine("error: " + notEmpty.Message);
        return 2;
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Wrote {options.Articles} articles × {options.SectionsPerArticle} sections and {options.Terms} terms into {folder}/ in {clock.Elapsed.TotalSeconds:0.00} s."));
    return 0;
});

return command.Parse(args).Invoke();
