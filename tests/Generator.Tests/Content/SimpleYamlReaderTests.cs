using System.Text;
using CsCheck;
using Generator.Content.FrontMatter;
using Generator.Diagnostics;
using Generator.Tests.Properties;
using Generator.Tests.Support;

namespace Generator.Tests.Content;

/// <summary>
/// Front matter is read without YamlDotNet when it is in the simple subset almost all of it is written in. For what
/// it accepts, the simple reader must give exactly the tree YamlDotNet's events give, locations included: YamlDotNet
/// is the oracle. What it declines goes to YamlDotNet, so declining is always safe; accepting wrongly is the bug.
/// </summary>
[Trait("Category", "Unit")]
public sealed class SimpleYamlReaderTests
{
    private const string File = "articles/story/01-first.md";

    [Theory]
    [InlineData("title: First\ndateline: KYIV\n")]
    [InlineData("title: \"Prices: up\"\nphoto:\n  caption: 'It''s late'\n  credit: \"A / B\"\n")]
    [InlineData("notes:\n  - quote: \"more inspectors were\"\n    text: Independent monitors.\n  - quote: b\n    text: c\n")]
    [InlineData("people:\n- Angela Merkel\n- Emmanuel Macron\nlocation: Paris\n")]
    [InlineData("# a comment line\ntitle: First   \n\n  # an indented comment\nshort: A, B [c] {d} C# e:f\n")]
    [InlineData("title: First\r\nsummary: Second\r\n")]
    [InlineData("title:\nshort: text\n")]
    [InlineData("title:   \nshort: text\n")]
    [InlineData("time: 12:30\nurl: https://example.org/a#b\nquote: He said \"no\" twice\n")]
    [InlineData("empty: ''\nnothing: ~\nflag: true\n")]
    [InlineData("title: Émigrés’ 🇺🇦 return\n")]
    [InlineData("related:\n  -   title: A\n      url: /a/\n")]
    public void Accepts_the_common_forms_and_reads_them_as_YamlDotNet_does(string yaml)
    {
        var simple = SimpleYamlReader.TryRead(yaml, File, firstLine: 2);

        Assert.NotNull(simple);
        Assert.Equal(ReadWithYamlDotNet(yaml), Show(simple));
    }

    [Theory]
    [InlineData("people: [A, B]\n")] // flow collection
    [InlineData("text: |\n  Line one.\n")] // block scalar
    [InlineData("text: Line one\n  and line two.\n")] // a plain value over two lines
    [InlineData("text: \"Line one\n  and line two.\"\n")] // a quoted value over two lines
    [InlineData("text: \"a \\\"quoted\\\" word\"\n")] // escapes
    [InlineData("text: &anchor value\nother: *anchor\n")]
    [InlineData("text: !!str value\n")]
    [InlineData("text: value # and a comment\n")]
    [InlineData("text: value\ntext: again\n")] // a mistake: YamlDotNet's reading reports it
    [InlineData("photo:\n\tcaption: tab\n")]
    [InlineData("text: a: b\n")]
    [InlineData("  title: indented document\n")]
    [InlineData("list:\n  -\n    a: b\n")]
    [InlineData("list:\n  - - nested\n")]
    [InlineData("text: line\u2028break\n")]
    [InlineData("\"quoted key\": value\n")]
    [InlineData("")]
    public void Declines_what_is_outside_the_subset(string yaml)
    {
        Assert.Null(SimpleYamlReader.TryRead(yaml, File, firstLine: 2));
    }

    [Fact]
    public void Every_front_matter_block_of_the_seed_site_takes_the_simple_path()
    {
        var files = Directory.GetFiles(RepositoryPaths.SeedInput, "*.md", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (var path in files)
        {
            var yaml = FrontMatterOf(System.IO.File.ReadAllText(path));

            Assert.True(SimpleYamlReader.TryRead(yaml, path, firstLine: 2) is not null, $"{path} falls back to YamlDotNet");
            Assert.Equal(ReadWithYamlDotNet(yaml), Show(SimpleYamlReader.TryRead(yaml, path, firstLine: 2)!));
        }
    }

    [Fact]
    public void Tidy_front_matter_is_always_accepted_and_read_as_YamlDotNet_does()
    {
        Documents(Texts(tidy: true), mutate: false).Sample(yaml =>
        {
            var simple = SimpleYamlReader.TryRead(yaml, File, firstLine: 2);
            Assert.True(simple is not null, "declined tidy front matter");
            Assert.Equal(ReadWithYamlDotNet(yaml), Show(simple));
        }, seed: PropertySeed.ForThisRun, iter: 3_000, print: Printable);
    }

    [Fact]
    public void Whatever_it_accepts_YamlDotNet_reads_the_same_way()
    {
        var accepted = 0;
        var all = 0;
        Documents(Texts(tidy: false), mutate: true).Sample(yaml =>
        {
            Interlocked.Increment(ref all);
            if (SimpleYamlReader.TryRead(yaml, File, firstLine: 2) is { } simple)
            {
                Interlocked.Increment(ref accepted);
                Assert.Equal(ReadWithYamlDotNet(yaml), Show(simple));
            }
        }, seed: PropertySeed.ForThisRun, iter: 20_000, print: Printable);

        // Wild text, random quoting and mutations: many documents are declined, but enough must be accepted for the
        // comparison to mean something.
        Assert.InRange(accepted, all / 10, all);
    }

    private static string FrontMatterOf(string file)
    {
        var lines = file.ReplaceLineEndings("\n").Split('\n');
        var close = Array.IndexOf(lines, "---", 1);
        return string.Join("\n", lines[1..close]) + "\n";
    }

    /// <summary>YamlDotNet's reading, shown like <see cref="Show"/>; its errors, if any, are part of what is compared.</summary>
    private static string ReadWithYamlDotNet(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var map = FrontMatterParser.ParseWithYamlDotNet(yaml, File, firstLine: 2, diagnostics);
        var errors = string.Join("\n", diagnostics.Sorted().Select(diagnostic => diagnostic.ToString()));
        return map is null ? $"refused: {errors}" : Show(map) + (errors.Length > 0 ? $"\nwith errors: {errors}" : "");
    }

    private static string Show(FrontMatterNode node) => node switch
    {
        FrontMatterScalar scalar => $"{At(scalar)} {(scalar.IsPlain ? "plain" : "quoted")} «{scalar.Value}»",
        FrontMatterList list => $"{At(list)} [{string.Join(", ", list.Items.Select(Show))}]",
        FrontMatterMap map => $"{At(map)} {{{string.Join(", ", map.Entries.Select(entry => $"{Show(entry.Key)}: {Show(entry.Value)}"))}}}",
        _ => throw new ArgumentException($"unknown node {node}"),
    };

    private static string At(FrontMatterNode node) => $"{node.Location.Line}:{node.Location.Column}";

    private static string Printable(string yaml) => yaml.Replace("\r", "\\r").Replace("\t", "\\t");

    private abstract record Tree;

    private sealed record Leaf(string Text, char Quote, bool Empty) : Tree;

    private sealed record Branch(IReadOnlyList<(string Key, Tree Value)> Entries) : Tree;

    private sealed record Items(IReadOnlyList<Tree> Values, bool AtKeyColumn) : Tree;

    /// <summary>
    /// Tidy text is what editors write (letters, spaces inside, ordinary punctuation); wild text adds every character
    /// YAML reads something into.
    /// </summary>
    private static Gen<string> Texts(bool tidy)
    {
        var ordinary = Gen.OneOf(Gen.Char['a', 'z'], Gen.Char['A', 'Z'], Gen.Char['0', '9'],
            Gen.OneOf('.', ',', '’', 'é', '(', ')', '/', '?', '!', '%', '-', '—', '«', '»', '\u00A0', '#', ':'));
        var wild = Gen.OneOf(ordinary, Gen.OneOf(' ', ':', '#', '"', '\'', '\\', '[', ']', '{', '}', '&', '*', '!', '|', '>',
            '@', '`', '~', '-', '?', ',', '%', '\t', '\u0085', '\u2028', '\uFEFF', '\u0001'));
        var word = ordinary.Array[1, 8].Select(characters => new string(characters));
        return tidy
            ? word.Array[1, 6].Select(words => string.Join(' ', words).Replace(": ", ":x").Replace(" #", " x"))
                .Where(text => !"-?:,[]{}#&*!|>%@`'\"".Contains(text[0]) && text[^1] != ':')
            : Gen.OneOf(wild.Array[0, 12].Select(characters => new string(characters)), Gen.Const("null"), Gen.Const("~"),
                Gen.Const("true"), Gen.Const("2024-05-01"));
    }

    private static Gen<string> Documents(Gen<string> texts, bool mutate)
    {
        var key = Gen.OneOf(Gen.OneOf("title", "dateline", "photo", "caption", "notes", "quote", "text", "case_sensitive", "x-y", "1"),
            Gen.Char['a', 'z'].Array[1, 6].Select(characters => new string(characters)));
        var leaf = Gen.Select(texts, Gen.OneOf('\0', '"', '\''), Gen.Int[0, 9],
            (text, quote, empty) => (Tree)new Leaf(text, quote, Empty: empty == 0 && quote == '\0'));
        var tree = Gen.Recursive<Tree>((depth, self) =>
        {
            if (depth >= 3)
            {
                return leaf;
            }

            var branch = Gen.Select(key, self).Array[1, 4]
                .Select(entries => (Tree)new Branch(entries.DistinctBy(entry => entry.Item1).ToList()));
            var items = Gen.Select(Gen.OneOf(leaf, branch).Array[1, 3], Gen.Bool, (values, atKeyColumn) => (Tree)new Items(values, atKeyColumn));
            return Gen.Frequency((4, leaf), (2, branch), (1, items));
        });
        var document = Gen.Select(key, tree).Array[1, 6]
            .Select(entries => new Branch(entries.DistinctBy(entry => entry.Item1).ToList()));
        var layout = Gen.Select(Gen.Int[1, 4], Gen.Bool, Gen.Int[0, 4], Gen.Int[0, 4]);
        var rendered = Gen.Select(document, layout, (root, shape) =>
        {
            var (indent, crlf, blankEvery, commentEvery) = shape;
            var text = new StringBuilder();
            WriteMap(root, column: 0, firstLineWritten: false, indent, text);
            var lines = text.ToString().Split('\n');
            var output = new StringBuilder();
            for (var index = 0; index < lines.Length - 1; index++)
            {
                if (blankEvery > 0 && index % blankEvery == 1)
                {
                    output.Append(crlf ? "  \r\n" : "\n");
                }

                if (commentEvery > 0 && index % commentEvery == 2)
                {
                    output.Append(' ', index % 3).Append("# a comment: here").Append(crlf ? "\r\n" : "\n");
                }

                output.Append(lines[index]).Append(crlf ? "\r\n" : "\n");
            }

            return output.ToString();
        });

        if (!mutate)
        {
            return rendered;
        }

        var edit = Gen.Select(Gen.Int[0, 2], Gen.Double[0, 1], Gen.OneOf(' ', ':', '#', '-', '"', '\'', '\n', '[', '&', '|', '\t', '\\', '\r', '\u2028', 'x'));
        return Gen.Select(rendered, edit.Array[0, 3], (yaml, edits) =>
        {
            foreach (var (kind, where, character) in edits)
            {
                var at = (int)(where * yaml.Length);
                yaml = kind switch
                {
                    0 => yaml.Insert(at, character.ToString()),
                    1 when at < yaml.Length => yaml.Remove(at, 1),
                    _ => yaml.Insert(at, "  "),
                };
            }

            return yaml;
        });
    }

    private static void WriteMap(Branch map, int column, bool firstLineWritten, int indent, StringBuilder text)
    {
        foreach (var (key, value) in map.Entries)
        {
            if (firstLineWritten)
            {
                firstLineWritten = false;
            }
            else
            {
                text.Append(' ', column);
            }

            text.Append(key).Append(':');
            WriteValue(value, column, indent, text);
        }
    }

    private static void WriteValue(Tree value, int column, int indent, StringBuilder text)
    {
        switch (value)
        {
            case Leaf leaf:
                if (!leaf.Empty)
                {
                    text.Append(' ');
                    WriteLeaf(leaf, text);
                }

                text.Append('\n');
                break;
            case Branch branch:
                text.Append('\n');
                WriteMap(branch, column + indent, firstLineWritten: false, indent, text);
                break;
            case Items items:
                text.Append('\n');
                var dash = items.AtKeyColumn ? column : column + indent;
                foreach (var item in items.Values)
                {
                    text.Append(' ', dash).Append("- ");
                    if (item is Branch branch)
                    {
                        WriteMap(branch, dash + 2, firstLineWritten: true, indent, text);
                    }
                    else
                    {
                        WriteLeaf((Leaf)item, text);
                        text.Append('\n');
                    }
                }

                break;
        }
    }

    private static void WriteLeaf(Leaf leaf, StringBuilder text)
    {
        _ = leaf.Quote switch
        {
            '"' => text.Append('"').Append(leaf.Text).Append('"'),
            '\'' => text.Append('\'').Append(leaf.Text.Replace("'", "''")).Append('\''),
            _ => text.Append(leaf.Text.Length == 0 ? "''" : leaf.Text),
        };
    }
}
