using System.Text;

namespace Generator.Tests.BadInput;

/// <summary>
/// Every bad input the generator must turn into a located, actionable error, grouped by kind of mistake. Each case
/// starts from <see cref="Support.TestSite"/>'s minimal site (site.yml, articles/story/index.md,
/// articles/story/01-first.md, glossary/normandy-format.md), which has just built, and makes one mistake in it.
/// docs/bad-inputs.md lists the cases with what the generator prints for each.
/// </summary>
public static class BadInputCatalogue
{
    public const string MalformedYaml = "Malformed YAML";
    public const string EmptyFiles = "Empty and missing files";
    public const string TextEncoding = "Encoding";
    public const string WrongTypes = "Wrong types and values";
    public const string MissingKeys = "Missing required keys";
    public const string UnknownKeys = "Unknown keys";
    public const string Addresses = "Duplicate and unusable names";
    public const string References = "Glossary references and notes";
    public const string Layouts = "Layouts";
    public const string Languages = "Languages";
    public const string Photos = "Photos";
    public const string Exhaustion = "YAML built to exhaust memory or time";
    public const string Warnings = "Suspicious but valid (warnings)";
    public const string SeveralMistakes = "Several mistakes in one build";

    private const string Site = "input/site.yml";
    private const string Article = "input/articles/story/index.md";
    private const string Section = "input/articles/story/01-first.md";
    private const string Term = "input/glossary/normandy-format.md";
    private const string TermLayout = "theme/layouts/term.liquid";
    private const string Prose = "The talks in the Normandy format resumed.\n";

    private const long Megabyte = 1024 * 1024;

    /// <summary>A bomb must be refused in far less than this, whatever the machine's load.</summary>
    private static readonly TimeSpan QuickRefusal = TimeSpan.FromSeconds(10);

    /// <summary>The generator needs about 80 MB for a small site; an attack must not make it need much more.</summary>
    private const long SmallSiteMemory = 256 * Megabyte;

    public static IReadOnlyList<BadInputCase> All { get; } =
    [
        .. MalformedYamlCases(), .. EmptyFileCases(), .. EncodingCases(), .. WrongTypeCases(), .. MissingKeyCases(),
        .. UnknownKeyCases(), .. AddressCases(), .. ReferenceCases(), .. LayoutCases(), .. LanguageCases(), .. PhotoCases(), .. ExhaustionCases(), .. WarningCases(),
        .. SeveralMistakeCases(),
    ];

    public static BadInputCase Named(string name) => All.Single(c => c.Name == name);

    public static TheoryData<string> NamesIn(params string[] categories)
    {
        var names = new TheoryData<string>();
        foreach (var badInput in All.Where(c => categories.Contains(c.Category)))
        {
            names.Add(badInput.Name);
        }

        return names;
    }

    private static IEnumerable<BadInputCase> MalformedYamlCases()
    {
        BadInputCase Case(string name, string mistake) => new(MalformedYaml, name, mistake);

        yield return Case("tab-indents-a-key-in-site-yml", "a tab indents a key of site.yml")
            .Writing(Site, "title: Test Desk\npublisher:\n\tname: The Desk\n")
            .Expecting($"{Site}:3:1", "front matter is indented with a tab", "replace the tab with spaces");
        yield return Case("tab-indents-a-list-item", "a tab indents an item of a term's aliases")
            .Writing(Term, "---\nterm: Normandy format\naliases:\n\t- Normandy Four\nshort: A group.\n---\nBody.\n")
            .Expecting($"{Term}:4:1", "front matter is indented with a tab", "replace the tab with spaces");
        yield return Case("unclosed-double-quote", "a term's name opens a double quote and never closes it")
            .Writing(Term, "---\nterm: \"Normandy format\nshort: A group.\n---\nBody.\n")
            .Expecting($"{Term}:2:7", "front matter is not valid YAML", "add the closing quote");
        yield return Case("unclosed-single-quote", "an article's title opens a single quote and never closes it")
            .Writing(Article, "---\ntitle: 'A test story\ndate: 2022-02-14\n---\n")
            .Expecting($"{Article}:2:8", "front matter is not valid YAML", "add the closing quote");
        yield return Case("unclosed-square-bracket", "a list of people opens '[' and never closes it, and a key follows")
            .Writing(Section, "---\ntitle: First\npeople: [Macron, Scholz\nplaces: [Kyiv]\n---\n" + Prose)
            .Expecting($"{Section}:3", "front matter is not valid YAML", "bracket");
        yield return Case("unclosed-curly-bracket", "a photo written as {…} never closes its '}'")
            .Writing(Section, "---\ntitle: First\nphoto: {caption: A street, credit: AFP\n---\n" + Prose)
            .Expecting($"{Section}:3", "front matter is not valid YAML", "bracket");
        yield return Case("key-indented-less-than-its-siblings", "one key of a nested mapping has one space too few")
            .Writing(Section, "---\ntitle: First\nphoto:\n  caption: A street\n credit: AFP\n---\n" + Prose)
            .Expecting($"{Section}:5:2", "front matter is not valid YAML", "indentation");
        yield return Case("key-indented-under-a-value", "a top-level key is indented under a plain value")
            .Writing(Section, "---\ntitle: First\n  dateline: KYIV\n---\n" + Prose)
            .Expecting($"{Section}:3", "front matter is not valid YAML", "indentation");
        yield return Case("colon-in-an-unquoted-value", "a value contains ': ' without quotes")
            .Writing(Section, "---\ntitle: First\ndateline: KYIV: Ukraine\n---\n" + Prose)
            .Expecting($"{Section}:3:15", "front matter is not valid YAML", "quote");
        yield return Case("duplicate-key", "a term's 'term' is written twice")
            .Writing(Term, "---\nterm: Normandy format\nshort: A group.\nterm: Normandy Four\n---\nBody.\n")
            .Expecting($"{Term}:4:1", "the key 'term' is written twice (first on line 2)", "keep one of the two");
        yield return Case("duplicate-key-in-a-nested-mapping", "a photo's caption is written twice")
            .Writing(Section, "---\ntitle: First\nphoto:\n  caption: A street\n  caption: A square\n---\n" + Prose)
            .Expecting($"{Section}:5:3", "the key 'caption' is written twice (first on line 4)", "keep one of the two");
        yield return Case("missing-closing-fence", "an article's front matter has no closing '---'")
            .Writing(Article, "---\ntitle: A test story\ndate: 2022-02-14\n")
            .Expecting($"{Article}:1:1", "the front matter opened on line 1 is never closed", "add a line with only '---'");
        yield return Case("front-matter-after-a-blank-line", "a term file starts with an empty line, then the front matter")
            .Writing(Term, "\n---\nterm: Normandy format\nshort: A group.\n---\nBody.\n")
            .Expecting($"{Term}:1:1", "the file does not start with front matter", "there is a '---' on line 2");
        yield return Case("front-matter-in-toml-fences", "a section uses Hugo's TOML front matter (+++)")
            .Writing(Section, "+++\ntitle = \"First\"\n+++\n" + Prose)
            .Expecting($"{Section}:1:1", "the file does not start with front matter", "'---'");
        yield return Case("front-matter-is-a-list", "a section's front matter is a YAML list, not keys and values")
            .Writing(Section, "---\n- title\n- First\n---\n" + Prose)
            .Expecting($"{Section}:2:1", "front matter must be a mapping of keys to values, but is a list", "'key: value'");
        yield return Case("site-yml-is-one-line-of-text", "site.yml holds only the site's name")
            .Writing(Site, "Test Desk\n")
            .Expecting($"{Site}:1:1", "must be a mapping of keys to values, but is 'Test Desk'", "'key: value'");
    }

    private static IEnumerable<BadInputCase> EmptyFileCases()
    {
        BadInputCase Case(string name, string mistake) => new(EmptyFiles, name, mistake);

        yield return Case("empty-site-yml", "site.yml is empty")
            .Writing(Site, "")
            .Expecting($"{Site}:1:1", "site.yml is missing the required key 'title'", "add 'title:'");
        yield return Case("missing-site-yml", "site.yml was deleted")
            .Deleting(Site)
            .Expecting(Site, "the site settings file is missing", "create input/site.yml");
        yield return Case("empty-term-file", "a glossary file has no bytes at all")
            .Writing(Term, "")
            .Expecting($"{Term}:1:1", "the file is empty", "front matter between two '---' lines");
        yield return Case("blank-article-index", "an article's index.md holds only blank lines")
            .Writing(Article, "   \n\n")
            .Expecting($"{Article}:1:1", "the file is empty", "front matter between two '---' lines");
        yield return Case("empty-front-matter", "a section's front matter has no keys")
            .Writing(Section, "---\n---\n" + Prose)
            .Expecting($"{Section}:2:1", "a section is missing the required key 'title'", "add 'title:'");
        yield return Case("byte-order-mark-only", "a section holds nothing but a UTF-8 byte-order mark")
            .WritingBytes(Section, [0xEF, 0xBB, 0xBF])
            .Expecting($"{Section}:1:1", "the file is empty", "front matter between two '---' lines");
    }

    private static IEnumerable<BadInputCase> EncodingCases()
    {
        BadInputCase Case(string name, string mistake) => new(TextEncoding, name, mistake);

        yield return Case("latin-1-letter-in-prose", "a section saved as Latin-1 ('é' is the single byte 0xE9)")
            .WritingBytes(Section, [.. Utf8("---\ntitle: First\n---\nThe talks at the Caf"), 0xE9, .. Utf8(" Europa in the Normandy format.\n")])
            .Expecting($"{Section}:4:21", "not valid UTF-8 (invalid byte 0xE9 at byte offset 41)", "save the file with UTF-8 encoding");
        yield return Case("invalid-byte-in-site-yml", "site.yml contains the byte 0xFF")
            .WritingBytes(Site, [.. Utf8("title: Test "), 0xFF, .. Utf8(" Desk\n")])
            .Expecting($"{Site}:1:13", "not valid UTF-8 (invalid byte 0xFF at byte offset 12)", "save the file with UTF-8 encoding");
        yield return Case("truncated-character-at-the-end", "a term file ends in the middle of a three-byte character")
            .WritingBytes(Term, [.. Utf8("---\nterm: Normandy format\nshort: A group.\n---\nBody "), 0xE2, 0x82])
            .Expecting($"{Term}:5:6", "not valid UTF-8 (invalid byte 0xE2 at byte offset 51)", "save the file with UTF-8 encoding");
        yield return Case("overlong-encoding", "an article's title contains an overlong encoding of '/'")
            .WritingBytes(Article, [.. Utf8("---\ntitle: A "), 0xC0, 0xAF, .. Utf8(" story\ndate: 2022-02-14\n---\n")])
            .Expecting($"{Article}:2:10", "not valid UTF-8 (invalid byte 0xC0 at byte offset 13)", "save the file with UTF-8 encoding");
        yield return Case("utf-16-file", "a section saved as UTF-16 with a byte-order mark")
            .WritingBytes(Section, [.. System.Text.Encoding.Unicode.GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes("---\ntitle: First\n---\n" + Prose)])
            .Expecting($"{Section}:1:1", "not valid UTF-8 (invalid byte 0xFF at byte offset 0)", "save the file with UTF-8 encoding");
        yield return Case("markdown-nested-too-deep", "a section's prose is 200 block quotes inside each other (found by fuzzing)")
            .Writing(Section, "---\ntitle: First\n---\n" + string.Concat(Enumerable.Repeat("> ", 200)) + "The talks in the Normandy format.\n")
            .Expecting($"{Section}:4:1", "the Markdown is nested more than 100 levels deep", "remove the nested markers");
        yield return Case("control-character-in-prose", "a section's prose holds an invisible control character (U+0001)")
            .Writing(Section, "---\ntitle: First\n---\nThe talks in the Normandy\u0001 format resumed.\n")
            .Expecting($"{Section}:4:26", "the file contains the control character U+0001", "delete it");
        yield return Case("escaped-nul-in-a-title", "a section title written with the YAML escape \"\\u0000\"")
            .Writing(Section, "---\ntitle: \"First\\u0000\"\n---\n" + Prose)
            .Expecting($"{Section}:2:8", "'title' contains the control character U+0000", "remove it from 'title'");
        yield return Case("invalid-utf-8-in-a-layout", "a layout saved as Latin-1")
            .WritingBytes(TermLayout, [.. Utf8("<p>Caf"), 0xE9, .. Utf8("</p>\n")])
            .Expecting($"{TermLayout}:1:7", "not valid UTF-8 (invalid byte 0xE9 at byte offset 6)", "save the file with UTF-8 encoding");
    }

    private static IEnumerable<BadInputCase> WrongTypeCases()
    {
        BadInputCase Case(string name, string mistake) => new(WrongTypes, name, mistake);

        yield return Case("wrong-types-in-site-yml", "every key of site.yml has a value of the wrong type")
            .Writing(Site, "title: [Test Desk]\ndescription: {text: A desk}\nbase_url: [https://example.org/]\nlanguage: {code: en}\npublisher: The Desk\nglossary: every\nmarkdown: raw\n")
            .Expecting($"{Site}:1:8", "'title' must be text, but is a list", "change the value of 'title'")
            .Expecting($"{Site}:2:14", "'description' must be text, but is a mapping", "change the value of 'description'")
            .Expecting($"{Site}:3:11", "'base_url' must be text, but is a list", "change the value of 'base_url'")
            .Expecting($"{Site}:4:11", "'language' must be text, but is a mapping", "change the value of 'language'")
            .Expecting($"{Site}:5:12", "'publisher' must be a mapping with the keys 'name', 'url', but is 'The Desk'", "change the value of 'publisher'")
            .Expecting($"{Site}:6:11", "'glossary' must be a mapping with the keys 'link', but is 'every'", "change the value of 'glossary'")
            .Expecting($"{Site}:7:11", "'markdown' must be a mapping with the keys 'raw_html', but is 'raw'", "change the value of 'markdown'");
        yield return Case("wrong-types-in-site-yml-mappings", "every key inside site.yml's publisher, glossary and markdown has the wrong type")
            .Writing(Site, "title: Test Desk\npublisher:\n  name: [The Desk]\n  url: {href: https://example.org/}\nglossary:\n  link: [every]\nmarkdown:\n  raw_html: perhaps\n")
            .Expecting($"{Site}:3:9", "'name' must be text, but is a list", "change the value of 'name'")
            .Expecting($"{Site}:4:8", "'url' must be text, but is a mapping", "change the value of 'url'")
            .Expecting($"{Site}:6:9", "'link' must be text, but is a list", "change the value of 'link'")
            .Expecting($"{Site}:8:13", "'raw_html' must be true or false (without quotes), but is 'perhaps'", "change the value of 'raw_html'");
        yield return Case("wrong-types-in-an-article", "every key of an article's index.md has a value of the wrong type")
            .Writing(Article, "---\ntitle: {text: A test story}\ndek: [A dek]\nbyline: {name: Reporter}\ndate: 14/02/2022\nupdated: [2022-02-15]\nsource: Reuters\ntags: {topic: Ukraine}\ndraft: maybe\nredirect_from: {old: /old/}\n---\n")
            .Expecting($"{Article}:2:8", "'title' must be text, but is a mapping", "change the value of 'title'")
            .Expecting($"{Article}:3:6", "'dek' must be text, but is a list", "change the value of 'dek'")
            .Expecting($"{Article}:4:9", "'byline' must be text, but is a mapping", "change the value of 'byline'")
            .Expecting($"{Article}:5:7", "'date' must be a date (YYYY-MM-DD) or a date and time with its offset (YYYY-MM-DDTHH:MM:SS+02:00), but is '14/02/2022'", "change the value of 'date'")
            .Expecting($"{Article}:6:10", "'updated' must be a date (YYYY-MM-DD) or a date and time with its offset (YYYY-MM-DDTHH:MM:SS+02:00), but is a list", "change the value of 'updated'")
            .Expecting($"{Article}:7:9", "'source' must be a mapping with the keys 'name', 'url', but is 'Reuters'", "change the value of 'source'")
            .Expecting($"{Article}:8:7", "'tags' must be a list of text, e.g. [one, two], but is a mapping", "change the value of 'tags'")
            .Expecting($"{Article}:9:8", "'draft' must be true or false (without quotes), but is 'maybe'", "change the value of 'draft'")
            .Expecting($"{Article}:10:16", "'redirect_from' must be a list of text, e.g. [one, two], but is a mapping", "change the value of 'redirect_from'");
        yield return Case("wrong-types-in-an-article-source", "both keys of an article's source have the wrong type")
            .Writing(Article, "---\ntitle: A test story\ndate: 2022-02-14\nsource:\n  name: [Reuters]\n  url: {href: https://example.org/}\n---\n")
            .Expecting($"{Article}:5:9", "'name' must be text, but is a list", "change the value of 'name'")
            .Expecting($"{Article}:6:8", "'url' must be text, but is a mapping", "change the value of 'url'");
        yield return Case("wrong-types-in-a-section", "every key of a section has a value of the wrong type")
            .Writing(Section, "---\ntitle: [First, section]\norder: second\ndateline: {city: KYIV}\npeople: {name: Zelensky}\nplaces: {city: Kyiv}\nphoto: kyiv.jpg\npullquote: [We want peace]\nrelated: https://example.org/\nnotes: A note\nglossary: [normandy-format]\nredirect_from: {old: /old/}\n---\n" + Prose)
            .Expecting($"{Section}:2:8", "'title' must be text, but is a list", "change the value of 'title'")
            .Expecting($"{Section}:3:8", "'order' must be a whole number, e.g. 3, but is 'second'", "change the value of 'order'")
            .Expecting($"{Section}:4:11", "'dateline' must be text, but is a mapping", "change the value of 'dateline'")
            .Expecting($"{Section}:5:9", "'people' must be a list of text, e.g. [one, two], but is a mapping", "change the value of 'people'")
            .Expecting($"{Section}:6:9", "'places' must be a list of text, e.g. [one, two], but is a mapping", "change the value of 'places'")
            .Expecting($"{Section}:7:8", "'photo' must be a mapping with the keys 'src', 'alt', 'caption', 'credit', but is 'kyiv.jpg'", "change the value of 'photo'")
            .Expecting($"{Section}:8:12", "'pullquote' must be a mapping with the keys 'text', 'by', 'role', but is a list", "change the value of 'pullquote'")
            .Expecting($"{Section}:9:10", "'related' must be a list of mappings with the keys 'title', 'url', but is 'https://example.org/'", "change the value of 'related'")
            .Expecting($"{Section}:10:8", "'notes' must be a list of mappings with the keys 'quote', 'text', but is 'A note'", "change the value of 'notes'")
            .Expecting($"{Section}:11:11", "'glossary' must be a mapping with the keys 'exclude', 'force', but is a list", "change the value of 'glossary'")
            .Expecting($"{Section}:12:16", "'redirect_from' must be a list of text, e.g. [one, two], but is a mapping", "change the value of 'redirect_from'");
        yield return Case("wrong-types-in-a-section-mappings", "every key inside a section's photo, pullquote, related, notes and glossary has the wrong type")
            .Writing(Section, "---\ntitle: First\nphoto:\n  src: [kyiv.jpg]\n  alt: {text: A street}\n  caption: [A street]\n  credit: {agency: AFP}\npullquote:\n  text: [We want peace]\n  by: [Zelensky]\n  role: {title: President}\nrelated:\n  - title: [Also read]\n    url: [https://example.org/]\nnotes:\n  - quote: [Normandy format]\n    text: {body: A note}\nglossary:\n  exclude: {slug: normandy-format}\n  force: {slug: normandy-format}\n---\n" + Prose)
            .Expecting($"{Section}:4:8", "'src' must be text, but is a list", "change the value of 'src'")
            .Expecting($"{Section}:5:8", "'alt' must be text, but is a mapping", "change the value of 'alt'")
            .Expecting($"{Section}:6:12", "'caption' must be text, but is a list", "change the value of 'caption'")
            .Expecting($"{Section}:7:11", "'credit' must be text, but is a mapping", "change the value of 'credit'")
            .Expecting($"{Section}:9:9", "'text' must be text, but is a list", "change the value of 'text'")
            .Expecting($"{Section}:10:7", "'by' must be text, but is a list", "change the value of 'by'")
            .Expecting($"{Section}:11:9", "'role' must be text, but is a mapping", "change the value of 'role'")
            .Expecting($"{Section}:13:12", "'title' must be text, but is a list", "change the value of 'title'")
            .Expecting($"{Section}:14:10", "'url' must be text, but is a list", "change the value of 'url'")
            .Expecting($"{Section}:16:12", "'quote' must be text, but is a list", "change the value of 'quote'")
            .Expecting($"{Section}:17:11", "'text' must be text, but is a mapping", "change the value of 'text'")
            .Expecting($"{Section}:19:12", "'exclude' must be a list of text, e.g. [one, two], but is a mapping", "change the value of 'exclude'")
            .Expecting($"{Section}:20:10", "'force' must be a list of text, e.g. [one, two], but is a mapping", "change the value of 'force'");
        yield return Case("wrong-types-in-a-term", "every key of a glossary term has a value of the wrong type")
            .Writing(Term, "---\nterm: [Normandy format]\naliases: {other: Normandy Four}\nshort: [A group]\ncase_sensitive: maybe\nplural: {form: Normandy formats}\nsee_also: {term: minsk}\nsource: Wikipedia\nas_of: last year\n---\nBody.\n")
            .Expecting($"{Term}:2:7", "'term' must be text, but is a list", "change the value of 'term'")
            .Expecting($"{Term}:3:10", "'aliases' must be a list of text, e.g. [one, two], but is a mapping", "change the value of 'aliases'")
            .Expecting($"{Term}:4:8", "'short' must be text, but is a list", "change the value of 'short'")
            .Expecting($"{Term}:5:17", "'case_sensitive' must be true or false (without quotes), but is 'maybe'", "change the value of 'case_sensitive'")
            .Expecting($"{Term}:6:9", "'plural' must be a list of text, e.g. [one, two], but is a mapping", "change the value of 'plural'")
            .Expecting($"{Term}:7:11", "'see_also' must be a list of text, e.g. [one, two], but is a mapping", "change the value of 'see_also'")
            .Expecting($"{Term}:8:9", "'source' must be a mapping with the keys 'name', 'url', but is 'Wikipedia'", "change the value of 'source'")
            .Expecting($"{Term}:9:8", "'as_of' must be a date written as YYYY-MM-DD, e.g. 2022-02-14, but is 'last year'", "change the value of 'as_of'");
        yield return Case("wrong-types-in-a-term-source", "both keys of a term's source have the wrong type")
            .Writing(Term, "---\nterm: Normandy format\nshort: A group.\nsource:\n  name: {title: Wikipedia}\n  url: [https://example.org/]\n---\nBody.\n")
            .Expecting($"{Term}:5:9", "'name' must be text, but is a mapping", "change the value of 'name'")
            .Expecting($"{Term}:6:8", "'url' must be text, but is a list", "change the value of 'url'");
        yield return Case("date-that-does-not-exist", "an article is dated 30 February")
            .Writing(Article, "---\ntitle: A test story\ndate: 2022-02-30\n---\n")
            .Expecting($"{Article}:3:7", "'2022-02-30'", "", unwanted: "written as YYYY-MM-DD");
        yield return Case("quoted-number", "a section's order is written in quotes")
            .Writing(Section, "---\ntitle: First\norder: \"2\"\n---\n" + Prose)
            .Expecting($"{Section}:3:8", "'order' must be a whole number", "", unwanted: "but is '2'");
        yield return Case("draft-written-as-yes", "an article says 'draft: yes'")
            .Writing(Article, "---\ntitle: A test story\ndate: 2022-02-14\ndraft: yes\n---\n")
            .Expecting($"{Article}:4:8", "'draft' must be true or false (without quotes), but is 'yes'", "change the value of 'draft' to true or false");
        yield return Case("updated-before-published", "an article's 'updated' is earlier than its 'date'")
            .Writing(Article, "---\ntitle: A test story\ndate: 2022-02-14\nupdated: 2022-02-01\n---\n")
            .Expecting($"{Article}:4", "'updated' (2022-02-01) is before 'date' (2022-02-14)", "cannot precede publication");
        yield return Case("time-without-an-offset", "an article's date gives a time of day but not its offset from UTC")
            .Writing(Article, "---\ntitle: A test story\ndate: 2022-02-14T09:30:00\n---\n")
            .Expecting($"{Article}:3:7", "'date' gives a time without its offset from UTC", "2022-02-14T09:30:00+02:00");
        yield return Case("time-that-does-not-exist", "an article is dated at 25 o'clock")
            .Writing(Article, "---\ntitle: A test story\ndate: 2022-02-14T25:00:00Z\n---\n")
            .Expecting($"{Article}:3:7", "is not a day of the calendar or a time of day", "the hour (00–23)");
        yield return Case("misspelt-time-zone", "site.yml's timezone is an IANA name misspelt")
            .Writing(Site, Support.TestSite.MinimalSite + "timezone: Europe/Kiyv\n")
            .Expecting($"{Site}:4", "'timezone' must be an IANA time zone name, but 'Europe/Kiyv' is not one", "did you mean 'Europe/Kyiv'?");
        yield return Case("pagination-of-zero-per-page", "site.yml's pagination shows 0 articles per page")
            .Writing(Site, Support.TestSite.MinimalSite + "pagination:\n  per_page: 0\n")
            .Expecting($"{Site}:5", "'per_page' must be a whole number of at least 1, but is 0", "the default is 20");
        yield return Case("correction-before-publication", "a correction is dated before the article it corrects")
            .Writing(Article, "---\ntitle: A test story\ndate: 2022-02-14\ncorrections:\n  - at: 2021-02-15\n    text: The talks were in Paris.\n---\n")
            .Expecting($"{Article}:5:5", "the correction's 'at' (2021-02-15) is before the article's 'date' (2022-02-14)", "check the year");
        yield return Case("base-url-without-a-scheme", "site.yml's base_url has no https://")
            .Writing(Site, "title: Test Desk\nbase_url: example.org\n")
            .Expecting($"{Site}:2", "'base_url' must be an absolute http(s) address, but is 'example.org'", "https://example.org/");
        yield return Case("publisher-url-with-an-ftp-scheme", "the publisher's address is an ftp:// URL")
            .Writing(Site, "title: Test Desk\npublisher: {name: The Desk, url: \"ftp://example.org/\"}\n")
            .Expecting($"{Site}:2:29", "'url' must be an http(s) address or a path, but is 'ftp://example.org/'", "only http:, https:");
        yield return Case("redirect-from-outside-the-site", "a section's redirect_from climbs out of the site with '..'")
            .Writing(Section, "---\ntitle: First\nredirect_from: [../../etc/]\n---\n" + Prose)
            .Expecting($"{Section}:3:17", "redirect_from '../../etc/' is not a path of this site", "write it root-relative");
        yield return Case("redirect-from-an-existing-page", "a section's redirect_from is the address of the glossary")
            .Writing(Section, "---\ntitle: First\nredirect_from: [/glossary/]\n---\n" + Prose)
            .Expecting($"{Section}:3:17", "redirect_from '/glossary/' is the address of a page of the site", "a redirect there would hide the page");
    }

    private static IEnumerable<BadInputCase> MissingKeyCases()
    {
        BadInputCase Case(string name, string mistake) => new(MissingKeys, name, mistake);

        yield return Case("site-without-title", "site.yml has a description but no title")
            .Writing(Site, "description: A desk.\n")
            .Expecting($"{Site}:1:1", "site.yml is missing the required key 'title'", "add 'title:' with text");
        yield return Case("article-without-title", "an article's index.md has a date but no title")
            .Writing(Article, "---\ndate: 2022-02-14\n---\n")
            .Expecting($"{Article}:2:1", "an article's index.md is missing the required key 'title'", "add 'title:' with text");
        yield return Case("article-without-date", "an article's index.md has a title but no date")
            .Writing(Article, "---\ntitle: A test story\n---\n")
            .Expecting($"{Article}:2:1", "an article's index.md is missing the required key 'date'", "add 'date:' with a date (YYYY-MM-DD)");
        yield return Case("section-with-an-empty-title", "a section's title is an empty string")
            .Writing(Section, "---\ntitle: \"\"\n---\n" + Prose)
            .Expecting($"{Section}:2:8", "the required key 'title' in a section is empty", "write text after 'title:'", unwanted: "missing");
        yield return Case("term-without-term", "a glossary file has a definition but no name")
            .Writing(Term, "---\nshort: A group.\n---\nBody.\n")
            .Expecting($"{Term}:2:1", "a glossary term is missing the required key 'term'", "add 'term:' with text");
        yield return Case("term-without-short", "a glossary term has no short definition")
            .Writing(Term, "---\nterm: Normandy format\n---\nBody.\n")
            .Expecting($"{Term}:2:1", "a glossary term is missing the required key 'short'", "add 'short:' with text");
        yield return Case("term-with-an-empty-short", "a glossary term's 'short:' is written but left empty, as 'new term' leaves it")
            .Writing(Term, "---\nterm: Normandy format\nshort:\n---\nBody.\n")
            .Expecting($"{Term}:3:1", "the required key 'short' in a glossary term is empty", "write text after 'short:'", unwanted: "missing");
        yield return Case("section-mappings-without-their-required-keys", "a section's photo, pull quote, related link and notes each lack a required key")
            .Writing(Section, "---\ntitle: First\nphoto:\n  src: /assets/kyiv.jpg\npullquote:\n  by: Zelensky\nrelated:\n  - url: https://example.org/\nnotes:\n  - text: A note on the talks.\n  - quote: Normandy format\n---\n" + Prose)
            .Expecting($"{Section}:4:3", "the photo has a 'src' but no 'alt'", "add 'alt:' describing what the photo shows")
            .Expecting($"{Section}:6:3", "'pullquote' is missing the required key 'text'", "add 'text:'")
            .Expecting($"{Section}:8:5", "an item of 'related' is missing the required key 'title'", "add 'title:'")
            .Expecting($"{Section}:10:5", "an item of 'notes' is missing the required key 'quote'", "add 'quote:'")
            .Expecting($"{Section}:11:5", "an item of 'notes' is missing the required key 'text'", "add 'text:'");
        yield return Case("publisher-without-name", "site.yml's publisher has a url but no name")
            .Writing(Site, "title: Test Desk\npublisher: {url: \"https://example.org/\"}\n")
            .Expecting($"{Site}:2:12", "'publisher' is missing the required key 'name'", "add 'name:'");
        yield return Case("source-without-name", "an article's source has a url but no name")
            .Writing(Article, "---\ntitle: A test story\ndate: 2022-02-14\nsource: {url: \"https://example.org/\"}\n---\n")
            .Expecting($"{Article}:4:9", "'source' is missing the required key 'name'", "add 'name:'");
        yield return Case("section-without-a-number", "a section's file name has no NN- prefix and its front matter no order")
            .Writing("input/articles/story/background.md", "---\ntitle: Background\n---\nText.\n")
            .Expecting("input/articles/story/background.md:2:1", "the section has no order", "03-my-section.md");
    }

    private static IEnumerable<BadInputCase> UnknownKeyCases()
    {
        BadInputCase Case(string name, string mistake) => new(UnknownKeys, name, mistake);

        yield return Case("unknown-keys-in-site-yml", "misspelt keys in site.yml and in its mappings")
            .Writing(Site, "title: Test Desk\nbaseurl: https://example.org/\npublisher:\n  name: The Desk\n  website: https://example.org/\nglossary:\n  links: every\nmarkdown:\n  rawhtml: true\n")
            .Expecting($"{Site}:2:1", "unknown key 'baseurl' in site.yml", "did you mean 'base_url'?")
            .Expecting($"{Site}:5:3", "unknown key 'website' in 'publisher'", "the keys allowed in 'publisher' are 'name', 'url'")
            .Expecting($"{Site}:7:3", "unknown key 'links' in 'glossary'", "did you mean 'link'?")
            .Expecting($"{Site}:9:3", "unknown key 'rawhtml' in 'markdown'", "did you mean 'raw_html'?");
        yield return Case("unknown-keys-in-an-article", "misspelt keys in an article and its source")
            .Writing(Article, "---\ntitle: A test story\ndate: 2022-02-14\ntag: [Ukraine]\nsource:\n  name: Reuters\n  link: https://example.org/\n---\n")
            .Expecting($"{Article}:4:1", "unknown key 'tag' in an article's index.md", "did you mean 'tags'?")
            .Expecting($"{Article}:7:3", "unknown key 'link' in 'source'", "the keys allowed in 'source' are 'name', 'url'");
        yield return Case("unknown-keys-in-a-section", "misspelt keys in a section and in each of its mappings")
            .Writing(Section, "---\ntitle: First\ndatelines: KYIV\nphoto:\n  caption: A street\n  credits: AFP\npullquote:\n  text: We want peace\n  author: Zelensky\nrelated:\n  - title: Also read\n    link: https://example.org/\nglossary:\n  exlcude: [normandy-format]\n---\n" + Prose)
            .Expecting($"{Section}:3:1", "unknown key 'datelines' in a section", "did you mean 'dateline'?")
            .Expecting($"{Section}:6:3", "unknown key 'credits' in 'photo'", "did you mean 'credit'?")
            .Expecting($"{Section}:9:3", "unknown key 'author' in 'pullquote'", "the keys allowed in 'pullquote' are 'text', 'by', 'role'")
            .Expecting($"{Section}:12:5", "unknown key 'link' in an item of 'related'", "the keys allowed in an item of 'related' are 'title', 'url'")
            .Expecting($"{Section}:14:3", "unknown key 'exlcude' in 'glossary'", "did you mean 'exclude'?");
        yield return Case("unknown-keys-in-a-term", "misspelt keys in a term and its source")
            .Writing(Term, "---\nterm: Normandy format\nalias: [Normandy Four]\nshort: A group.\nsource:\n  name: Wikipedia\n  link: https://example.org/\n---\nBody.\n")
            .Expecting($"{Term}:3:1", "unknown key 'alias' in a glossary term", "did you mean 'aliases'?")
            .Expecting($"{Term}:7:3", "unknown key 'link' in 'source'", "the keys allowed in 'source' are 'name', 'url'");
        yield return Case("unknown-key-close-to-a-key-already-written", "a note says 'note:' for its text; 'quote' is already there")
            .Writing(Section, "---\ntitle: First\nnotes:\n  - quote: Normandy format\n    note: A diplomatic group.\n---\n" + Prose)
            .Expecting($"{Section}:4:5", "an item of 'notes' is missing the required key 'text'", "add 'text:'")
            .Expecting($"{Section}:5:5", "unknown key 'note' in an item of 'notes'", "the keys allowed in an item of 'notes' are 'quote', 'text'", unwanted: "did you mean 'quote'?");
    }

    private static IEnumerable<BadInputCase> AddressCases()
    {
        BadInputCase Case(string name, string mistake) => new(Addresses, name, mistake);

        yield return Case("two-sections-with-one-order", "a second section sets 'order: 1', the number of the first")
            .Writing("input/articles/story/02-second.md", "---\ntitle: Second\norder: 1\n---\nText.\n")
            .Expecting("input/articles/story/02-second.md:3", "two section orders have the same number '1'", "change its order");
        yield return Case("two-section-files-with-one-slug", "02-first.md next to 01-first.md")
            .Writing("input/articles/story/02-first.md", "---\ntitle: Again\n---\nText.\n")
            .Expecting("input/articles/story/02-first.md:1:1", "two sections have the same address 'first' (the other is input/articles/story/01-first.md)", "rename one of the files");
        yield return Case("article-folders-differing-only-in-case", "articles/Story/ next to articles/story/")
            .Writing("input/articles/Story/index.md", "---\ntitle: Another story\ndate: 2022-02-15\n---\n")
            .Expecting($"{Article}:1:1", "two articles have the same address 'story' (the other is input/articles/Story/index.md)", "differ only in case");
        yield return Case("term-files-differing-in-case-and-spaces", "glossary/Normandy Format.md next to glossary/normandy-format.md")
            .Writing("input/glossary/Normandy Format.md", "---\nterm: Normandy talks\nshort: Talks in the Normandy format.\n---\nBody.\n")
            .Expecting($"{Term}:1:1", "two glossary terms have the same address 'normandy-format'", "rename one of the files");
        yield return Case("article-folder-without-index", "an article folder has a section but no index.md")
            .Writing("input/articles/other/01-a.md", "---\ntitle: A\n---\nText.\n")
            .Expecting("input/articles/other", "the article folder has no index.md", "add index.md");
        yield return Case("article-folder-with-a-reserved-name", "an article folder is called glossary, like the glossary's pages")
            .Writing("input/articles/glossary/index.md", "---\ntitle: Glossary\ndate: 2022-02-14\n---\n")
            .Expecting("input/articles/glossary", "the article folder name 'glossary' cannot be used as an address", "rename the folder");
        yield return Case("article-folder-named-like-a-year", "an article folder is called 2022, like the year's archive")
            .Writing("input/articles/2022/index.md", "---\ntitle: The year in review\ndate: 2022-12-31\n---\n")
            .Expecting("input/articles/2022", "the article folder name '2022' cannot be used as an address", "four-digit years");
        yield return Case("tags-that-give-one-address", "an article is tagged 'Kyiv talks' and 'kyiv-talks', which would share /topics/kyiv-talks/")
            .Writing(Article, "---\ntitle: A test story\ndate: 2022-02-14\ntags: [Kyiv talks, kyiv-talks]\n---\n")
            .Expecting($"{Article}:4:20", "'kyiv-talks' and 'Kyiv talks' (input/articles/story/index.md:4:8) give the same address /topics/kyiv-talks/", "write the name the same way everywhere");
        yield return Case("article-folder-without-letters", "an article folder is called ---")
            .Writing("input/articles/---/index.md", "---\ntitle: Dashes\ndate: 2022-02-14\n---\n")
            .Expecting("input/articles/---", "the article folder name '---' cannot be used as an address", "rename the folder");
        yield return Case("term-file-without-letters", "a glossary file is called ---.md, which gives an empty address")
            .Writing("input/glossary/---.md", "---\nterm: Dashes\nshort: Punctuation.\n---\nBody.\n")
            .Expecting("input/glossary/---.md", "cannot be used as an address", "rename");
        yield return Case("section-file-without-letters", "a section file is called 02-!!!.md, which gives an empty address")
            .Writing("input/articles/story/02-!!!.md", "---\ntitle: Exclamations\n---\nText.\n")
            .Expecting("input/articles/story/02-!!!.md", "cannot be used as an address", "rename");
    }

    private static IEnumerable<BadInputCase> ReferenceCases()
    {
        BadInputCase Case(string name, string mistake) => new(References, name, mistake);

        yield return Case("see-also-names-an-unknown-term", "a term's see_also names a term that does not exist")
            .Writing(Term, "---\nterm: Normandy format\naliases: [Normandy Four]\nshort: A group.\nsee_also:\n  - minsk-agreements\n---\nBody.\n")
            .Expecting($"{Term}:6:5", "see_also names 'minsk-agreements', which is not a glossary term", "file name in input/glossary/");
        yield return Case("exclude-names-a-misspelt-term", "a section excludes 'normandy-formats' (one letter too many)")
            .Writing(Section, "---\ntitle: First\nglossary:\n  exclude: [normandy-formats]\n---\n" + Prose)
            .Expecting($"{Section}:4:13", "glossary.exclude names 'normandy-formats', which is not a glossary term", "did you mean 'normandy-format'?");
        yield return Case("force-names-an-unknown-term", "a section forces a term that does not exist")
            .Writing(Section, "---\ntitle: First\nglossary:\n  force: [minsk]\n---\n" + Prose)
            .Expecting($"{Section}:4:11", "glossary.force names 'minsk', which is not a glossary term", "file name in input/glossary/");
        yield return Case("term-link-to-an-unknown-term", "an explicit term: link in a list item names a term that does not exist")
            .Writing(Section, "---\ntitle: First\n---\nThe talks:\n\n- in the [format](term:normandy) resumed.\n")
            .Expecting($"{Section}:6:10", "the link names the glossary term 'normandy', which does not exist", "file name in input/glossary/");
        yield return Case("term-link-without-a-slug", "an explicit link is written [talks](term:) with no slug")
            .Writing(Section, "---\ntitle: First\n---\nThe [talks](term:) resumed in the Normandy format.\n")
            .Expecting($"{Section}:4:5", "the link names the glossary term ''", "file name in input/glossary/");
        yield return Case("alias-equal-to-another-term", "a new term 'Normandy four' is already the alias of normandy-format")
            .Writing("input/glossary/normandy-four.md", "---\nterm: Normandy four\nshort: The four countries.\n---\nBody.\n")
            .Expecting("input/glossary/normandy-four.md:2:1", "claimed by two glossary terms", "keep the name or alias on one term only");
        yield return Case("alias-equal-to-another-terms-name", "a term's alias is another term's name in other letter case")
            .Writing("input/glossary/minsk.md", "---\nterm: Minsk agreements\naliases:\n  - Normandy Format\nshort: Two ceasefire agreements.\n---\nBody.\n")
            .Expecting("input/glossary/minsk.md:4", "claimed by two glossary terms", "keep the name or alias on one term only");
        yield return Case("note-quote-not-in-the-section", "a note quotes words that are not in its section")
            .Writing(Section, "---\ntitle: First\nnotes:\n  - quote: Minsk agreements\n    text: Signed in 2014 and 2015.\n---\n" + Prose)
            .Expecting($"{Section}:4:5", "the note's quote \"Minsk agreements\" does not appear in the section's text", "copy the quote word for word");
        yield return Case("note-quote-only-in-a-heading", "a note quotes the section's heading, where notes are never anchored")
            .Writing(Section, "---\ntitle: First\nnotes:\n  - quote: Big news\n    text: A note.\n---\n## Big news\n\n" + Prose)
            .Expecting($"{Section}:4:5", "the note's quote \"Big news\" does not appear in the section's text", "copy the quote word for word");
        yield return Case("note-quote-only-in-link-text", "a note quotes the text of a link")
            .Writing(Section, "---\ntitle: First\nnotes:\n  - quote: Normandy format\n    text: A note.\n---\nThe talks in the [Normandy format](https://example.org/) resumed.\n")
            .Expecting($"{Section}:4:5", "the note's quote \"Normandy format\" does not appear in the section's text", "not from a caption, link or code");
    }

    private static IEnumerable<BadInputCase> LayoutCases()
    {
        BadInputCase Case(string name, string mistake) => new(Layouts, name, mistake);
        const string Name = "{{ term.name }}";

        yield return Case("layout-with-an-unclosed-if", "a layout's {% if %} has no {% endif %}")
            .Replacing(TermLayout, "</p>{% endif %}", "</p>")
            .Expecting($"{TermLayout}:4:3", "the layout has a Liquid syntax error: '{% if %}' is never closed", "add '{% endif %}'");
        yield return Case("layout-with-an-unclosed-output", "a layout's {{ has no }}")
            .Replacing(TermLayout, Name, "{{ term.name ")
            .Expecting($"{TermLayout}:3:35", "the layout has a Liquid syntax error", "every {{ }} holds one expression");
        yield return Case("layout-with-an-unknown-tag", "a layout uses a tag Liquid does not have")
            .Replacing(TermLayout, Name, "{% frobnicate %}")
            .Expecting($"{TermLayout}:3", "the layout has a Liquid syntax error: Unknown tag 'frobnicate'", "{% tag %}");
        yield return Case("layout-naming-an-unknown-variable", "a layout names a variable no page has")
            .Replacing(TermLayout, Name, "{{ titel }}")
            .Expecting($"{TermLayout}:3:26", "the layout uses 'titel', which is not defined", "check the spelling");
        yield return Case("layout-naming-an-unknown-property", "a layout misspells a property of the term")
            .Replacing(TermLayout, Name, "{{ term.nmae }}")
            .Expecting($"{TermLayout}:3:31", "the layout uses 'nmae', which is not defined", "check the spelling");
        yield return Case("layout-with-an-unknown-filter", "a layout pipes a value through a filter that does not exist")
            .Replacing(TermLayout, Name, "{{ term.name | upcasee }}")
            .Expecting($"{TermLayout}:3", "upcasee", "filter");
        yield return Case("layout-asking-for-a-missing-asset", "a layout asks asset_url for a file the theme does not have")
            .Replacing(TermLayout, Name, "{{ 'missing.css' | asset_url }}")
            .Expecting($"{TermLayout}:3", "the theme has no asset 'missing.css'", "");
        yield return Case("layout-including-a-missing-partial", "a layout includes a partial that does not exist")
            .Replacing(TermLayout, Name, "{% include 'nothing' %}")
            .Expecting($"{TermLayout}:3", "nothing", "layouts/");
    }

    private const string Translation = "input/articles/istoriia/index.md";
    private const string TranslationSection = "input/articles/istoriia/01-pershyi.md";
    private const string TranslationArticle = "---\ntitle: Тестова історія\ndate: 2022-02-14\nlanguage: uk\ntranslations:\n  en: story\n---\n";
    private const string TranslationProse = "---\ntitle: Перший\n---\nПереговори відновилися.\n";

    private static IEnumerable<BadInputCase> LanguageCases()
    {
        BadInputCase Case(string name, string mistake) => new(Languages, name, mistake);
        const string English = "theme/i18n/en.yml";

        yield return Case("site-language-without-strings", "site.yml names a language the theme has no strings file for")
            .Writing(Site, "title: Test Desk\nlanguage: pl\nbase_url: https://example.org/\n")
            .Expecting($"{Site}:2:1", "site.yml's 'language' is 'pl', but the theme has no strings for it (it has en, uk)", "add theme/i18n/pl.yml");
        yield return Case("article-language-without-strings", "an article names a language the theme has no strings file for")
            .Writing(Article, "---\ntitle: A test story\ndate: 2022-02-14\nlanguage: de\n---\n")
            .Expecting($"{Article}:4:1", "the article's 'language' is 'de', but the theme has no strings for it", "add theme/i18n/de.yml");
        yield return Case("layout-asking-for-a-missing-string", "a layout asks the t filter for a string the language's file lacks")
            .Replacing(TermLayout, "{{ term.name }}", "{{ \"term_heading\" | t }}")
            .Expecting($"{TermLayout}:3:26", "theme/i18n/en.yml has no string 'term_heading', which the layout asks for", "add 'term_heading:'");
        yield return Case("strings-file-without-a-generated-string", "a strings file lacks a string the generator writes itself")
            .Replacing(English, "more_about: \"More about {term}\"\n", "")
            .Expecting($"{English}:1:1", "the strings file has no 'more_about', which the generator writes on pages", "add 'more_about:'");
        yield return Case("translation-that-is-not-an-article", "an article names a translation by a slug no article has")
            .Writing(Translation, TranslationArticle)
            .Writing(TranslationSection, TranslationProse)
            .Writing(Article, "---\ntitle: A test story\ndate: 2022-02-14\ntranslations:\n  uk: istoria\n---\n")
            .Expecting($"{Article}:5:7", "the translation 'istoria' is not an article of the site", "did you mean 'istoriia'?");
        yield return Case("translation-in-another-language", "an article names as its German translation an article in Ukrainian")
            .Writing(Translation, TranslationArticle)
            .Writing(TranslationSection, TranslationProse)
            .Writing(Article, "---\ntitle: A test story\ndate: 2022-02-14\ntranslations:\n  de: istoriia\n---\n")
            .Expecting($"{Article}:5:7", "'istoriia' is written in 'uk', not 'de'", "give istoriia/index.md 'language: de'");
        yield return Case("translation-in-the-articles-own-language", "an article names a translation in its own language")
            .Writing(Translation, TranslationArticle)
            .Writing(TranslationSection, TranslationProse)
            .Writing(Article, "---\ntitle: A test story\ndate: 2022-02-14\ntranslations:\n  en: istoriia\n---\n")
            .Expecting($"{Article}:5:3", "'en' is the language this article is written in, not one of its translations", "in other languages");
        yield return Case("english-plurals-of-a-ukrainian-term", "a term in Ukrainian asks for the plurals English derives")
            .Writing(Term, "---\nterm: Нормандський формат\nlanguage: uk\nplural: true\nshort: Переговори чотирьох держав.\n---\nСтворений 2014 року.\n")
            .Writing(Section, "---\ntitle: First\n---\nThe talks in the Нормандський формат resumed.\n")
            .Expecting($"{Term}:4:1", "'plural: true' derives English plurals, but the term is in 'uk'", "list the forms the prose uses");
        yield return Case("strings-file-without-a-plural-form", "a counted string lacks a form its language needs")
            .Replacing(English, "  one: \"{count} section\"\n", "")
            .Expecting($"{English}:55:1", "'sections_count' has no 'one' form, which counts in 'en' need (one/other: e.g. 1)", "add 'one:'");
    }

    private static IEnumerable<BadInputCase> PhotoCases()
    {
        static BadInputCase Photo(string name, string mistake, string file, byte[] bytes) =>
            new BadInputCase(Photos, name, mistake)
                .WritingBytes($"input/assets/{file}", bytes)
                .Writing(Section, $"---\ntitle: First\nphoto:\n  src: /assets/{file}\n  alt: A street in Kyiv\n---\n" + Prose);

        var corrupt = Images.TestPhotos.Png(400, 300);
        for (var index = 60; index < corrupt.Length - 20; index += 7)
        {
            corrupt[index] ^= 0x5A;
        }

        yield return Photo("photo-cut-short", "a JPEG photo is cut short (an interrupted copy)", "kyiv.jpg", Images.TestPhotos.Jpeg(800, 600)[..4000])
            .Expecting($"{Section}:4:3", "the photo is damaged: the file is cut short", "copy it again from its source");
        yield return Photo("photo-with-corrupt-pixels", "a PNG photo's compressed pixels are scrambled", "kyiv.png", corrupt)
            .Expecting($"{Section}:4:3", "the photo is damaged", "copy it again from its source");
        yield return Photo("web-page-saved-as-a-photo", "a file named kyiv.jpg holds an HTML page (a failed download)", "kyiv.jpg", Utf8("<html><body>Not found</body></html>\n"))
            .Expecting($"{Section}:4:3", "the photo cannot be read: it is not a JPEG, PNG or WebP image", "save it again as JPEG, PNG or WebP");
        yield return Photo("photo-that-is-a-decompression-bomb", "a 400-byte PNG declares 30,000 x 30,000 pixels (3.6 GB decoded)", "kyiv.png", Images.TestPhotos.PngDeclaring(30_000, 30_000))
            .Expecting($"{Section}:4:3", "the photo is 30000 x 30000 pixels, past the limit of 50,000,000 pixels", "resize it before adding it");
        yield return Photo("photo-in-an-unsupported-format", "a section's photo is a GIF", "kyiv.gif", Images.TestPhotos.Gif())
            .Expecting($"{Section}:4:3", "the photo is in GIF format, which is not processed", "convert it to JPEG");
    }

    private static IEnumerable<BadInputCase> ExhaustionCases()
    {
        BadInputCase Case(string name, string mistake) => new BadInputCase(Exhaustion, name, mistake).WithinLimits(QuickRefusal, SmallSiteMemory);

        var laughs = new StringBuilder("---\ntitle: First\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 'b'; level <= 'i'; level++)
        {
            var previous = (char)(level - 1);
            laughs.Append($"{level}: &{level} [{string.Join(", ", Enumerable.Repeat("*" + previous, 9))}]\n");
        }

        yield return Case("billion-laughs", "nine levels of aliases, each repeating the previous one nine times")
            .Writing(Section, laughs + "---\n" + Prose)
            .Expecting($"{Section}:4:8", "front matter uses the YAML alias '*a'", "write the value out");
        yield return Case("merge-key", "a mapping merged in with '<<: *base'")
            .Writing(Section, "---\ntitle: First\nbase: &base {caption: A street}\nphoto:\n  <<: *base\n---\n" + Prose)
            .Expecting($"{Section}:5:7", "front matter uses the YAML alias '*base'", "write the value out");
        yield return Case("hundred-thousand-brackets", "a list nested 100,000 levels deep")
            .Writing(Section, "---\ntitle: First\npeople: " + new string('[', 100_000) + new string(']', 100_000) + "\n---\n" + Prose)
            .Expecting($"{Section}:3:25", "front matter is nested more than 16 levels deep", "remove the extra nesting");
        yield return Case("deep-indentation", "mappings nested 3,000 levels deep by indentation")
            .Writing(Section, "---\ntitle: First\n" + string.Concat(Enumerable.Range(0, 3_000).Select(depth => new string(' ', depth) + $"k{depth}:\n")) + "---\n" + Prose)
            .Expecting($"{Section}:19:17", "front matter is nested more than 16 levels deep", "remove the extra nesting");
        yield return Case("four-megabyte-key", "one explicit key ('? …') four million characters long")
            .Writing(Section, "---\ntitle: First\n? " + new string('k', 4_000_000) + "\n: value\n---\n" + Prose)
            .Expecting($"{Section}:3", "key", "");
        yield return Case("fifty-thousand-unknown-keys", "50,000 keys the generator does not know")
            .Writing(Section, "---\ntitle: First\n" + string.Concat(Enumerable.Range(0, 50_000).Select(index => $"k{index}: v\n")) + "---\n" + Prose)
            .Expecting($"{Section}:3:1", "unknown key 'k0' in a section", "the keys allowed in a section")
            .AllowingMoreErrors();
    }

    private static IEnumerable<BadInputCase> WarningCases()
    {
        BadInputCase Case(string name, string mistake) => new(Warnings, name, mistake);

        yield return Case("term-that-is-the-word-the", "a glossary term named 'The', which would link every 'the' in the prose")
            .Writing("input/glossary/the.md", "---\nterm: The\nshort: The definite article.\n---\nBody.\n")
            .Expecting("input/glossary/the.md", "'The'", "case_sensitive");
        yield return Case("term-that-is-the-word-in", "a glossary term named 'In'")
            .Writing("input/glossary/in.md", "---\nterm: In\nshort: A preposition.\n---\nBody.\n")
            .Expecting("input/glossary/in.md", "'In'", "case_sensitive");
        yield return Case("translation-named-one-way", "an article names a translation that does not name it back")
            .Writing(Translation, TranslationArticle.Replace("translations:\n  en: story\n", "", StringComparison.Ordinal))
            .Writing(TranslationSection, TranslationProse)
            .Writing(Article, "---\ntitle: A test story\ndate: 2022-02-14\ntranslations:\n  uk: istoriia\n---\n")
            .Expecting($"{Article}:5:7", "'istoriia' does not name this article among its translations", "translations: {en: story}");
        yield return Case("link-to-a-missing-page", "a section links to /nowhere/, which the site does not have")
            .Writing(Section, "---\ntitle: First\n---\nIntro.\n\nThe talks in the [Normandy format](/nowhere/) resumed.\n")
            .Expecting($"{Section}:6", "/nowhere/", "fix the address");
        yield return Case("photo-that-is-not-in-assets", "a section's photo names a file missing from input/assets/")
            .Writing(Section, "---\ntitle: First\nphoto:\n  src: /assets/kyiv.jpg\n  alt: A street in Kyiv\n---\n" + Prose)
            .Expecting($"{Section}:4", "/assets/kyiv.jpg", "add the missing file under input/assets/");
        yield return Case("theme-layout-outside-layouts", "a layout saved at the theme folder's top, beside layouts/ instead of in it")
            .Writing("theme/article.liquid", "<article>{{ article.title }}</article>\n")
            .Expecting("theme/article.liquid", "the theme file is not used", "move it to theme/layouts/article.liquid");
        yield return Case("places-written-with-commas", "a section's places are written 'places: Debaltseve, Donetsk, Luhansk', which is one place")
            .Writing(Section, "---\ntitle: First\nplaces: Debaltseve, Donetsk, Luhansk\n---\n" + Prose)
            .Expecting($"{Section}:3:9", "'places' holds one item, 'Debaltseve, Donetsk, Luhansk', with commas in it", "write a list: 'places: [Debaltseve, Donetsk, Luhansk]'");
        yield return Case("site-without-base-url", "site.yml has no base_url, so there can be no feed or sitemap")
            .Writing(Site, "title: Test Desk\n")
            .Expecting(Site, "the site has no base_url", "add 'base_url:");
    }

    private static IEnumerable<BadInputCase> SeveralMistakeCases()
    {
        BadInputCase Case(string name, string mistake) => new(SeveralMistakes, name, mistake);

        // Two files whose front matter fails drop out; the others go on through the glossary index, note anchoring and
        // term linking, so every mistake is reported by the first build.
        yield return Case("seven-mistakes-in-seven-files", "seven kinds of mistakes, each in its own file, made before one build")
            .Writing("input/glossary/minsk.md", "---\nterm: \"Minsk agreements\nshort: Two ceasefire agreements.\n---\nBody.\n")
            .Writing("input/articles/other/index.md", "---\ntitle: Another story\ndate: 14/02/2022\n---\n")
            .Writing("input/articles/other/01-a.md", "---\ntitle: A\n---\nThe talks in the Normandy format resumed.\n")
            .Writing(Term, "---\nterm: Normandy format\naliases: [Normandy Four]\nshort: A group.\nsee_also: [belarus]\n---\nBody.\n")
            .Writing("input/glossary/east.md", "---\nterm: Eastern Ukraine\naliases:\n  - Normandy Format\nshort: The Donbas.\n---\nBody.\n")
            .Writing(Section, "---\ntitle: First\nnotes:\n  - quote: Minsk protocol\n    text: Signed in 2014.\n---\n" + Prose)
            .Writing("input/articles/story/02-second.md", "---\ntitle: Second\n---\nThe [talks](term:normandy) went on in Eastern Ukraine.\n")
            .Writing("input/articles/story/03-third.md", "---\ntitle: Third\nglossary:\n  exclude: [normandy-formats]\n---\n" + Prose)
            .Expecting("input/glossary/minsk.md:2:7", "front matter is not valid YAML", "add the closing quote")
            .Expecting("input/articles/other/index.md:3:7", "'date' must be a date", "change the value of 'date'")
            .Expecting("input/glossary/east.md:4", "claimed by two glossary terms", "keep the name or alias on one term only")
            .Expecting($"{Term}:5", "see_also names 'belarus', which is not a glossary term", "file name in input/glossary/")
            .Expecting($"{Section}:4:5", "the note's quote \"Minsk protocol\" does not appear in the section's text", "copy the quote word for word")
            .Expecting("input/articles/story/02-second.md:4:5", "the link names the glossary term 'normandy', which does not exist", "file name in input/glossary/")
            .Expecting("input/articles/story/03-third.md:4:13", "glossary.exclude names 'normandy-formats', which is not a glossary term", "did you mean 'normandy-format'?");
    }

    private static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);
}
