using System.Net;
using System.Text.RegularExpressions;
using Generator.Glossary;
using Generator.Rendering;

namespace Generator.Tests.Rendering;

/// <summary>
/// The text of the generator's HTML, which the revision ledger fingerprints (<see cref="Revisions.PublishedText"/>):
/// read in one pass into a pooled buffer, it must be the text the earlier reading gave (regular expressions, one
/// string per step), or every article a site published before would look edited without notice.
/// </summary>
[Trait("Category", "Unit")]
public sealed partial class HtmlTextTests
{
    // The reading as the generator did it before, the oracle.
    [GeneratedRegex(@"</?(?:p|li|ul|ol|dl|dt|dd|h[1-6]|blockquote|pre|table|tr|td|th|div|section|aside|figure|figcaption|br|hr)\b[^>]*>")]
    private static partial Regex BlockTag();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex InlineTag();

    private static string Earlier(string html) =>
        string.Join(' ', WebUtility.HtmlDecode(InlineTag().Replace(BlockTag().Replace(html, " "), "")).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // HTML as the generator writes it: a "<" or ">" in text is escaped (the one-pass reading takes a tag to run from a
    // "<" to the next ">", which an unescaped "<" in text would break).
    private static readonly string[] Pieces =
    [
        "<p>", "</p>", "<em>", "</em>", "<pre>", "</pre>", "<param>", "<br/>", "<br>", "<h2 id=\"a\">", "</h2>", "<P>", "<li class=\"x\">", "</li>",
        "<a href=\"/minsk/#talks\">", "</a>", "<p_x>", "<pé>", "Minsk", "talks", " ", "\n", "\u00A0", "&amp;", "&nbsp;", "&#8217;", "&quot;", "&lt;b&gt;",
        "Київ", "&", "<span class=\"term-popup\" role=\"tooltip\">a <em>definition</em></span>", "Zé", "<hr />", "<figcaption>",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_text_is_the_one_the_earlier_reading_gave(int seed)
    {
        var random = new Random(seed);
        for (var sample = 0; sample < 2000; sample++)
        {
            var html = string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            Assert.Equal(Earlier(html), HtmlText.Of(html));
        }
    }

    [Fact]
    public void Pop_ups_are_left_out_as_the_html_without_them_reads()
    {
        const string html = "<p>The <a class=\"term\" href=\"/glossary/minsk/\">Minsk</a><span class=\"term-popup\" role=\"tooltip\"><span>A <em>ceasefire</em></span> deal</span> held.</p><p>Talks &amp; more</p>";

        var (buffer, length) = HtmlText.Rent(html, TermLinkMarkup.Popups(html));

        Assert.Equal(Earlier(TermLinkMarkup.WithoutPopups(html)), new string(buffer, 0, length));
        Assert.Equal("The Minsk held. Talks & more", new string(buffer, 0, length));
        System.Buffers.ArrayPool<char>.Shared.Return(buffer);
    }
}
