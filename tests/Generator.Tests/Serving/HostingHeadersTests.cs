using Generator.Serving;
using Tomlyn;

namespace Generator.Tests.Serving;

/// <summary>netlify.toml's header blocks are read from its syntax tree, in each way TOML lets them be written.</summary>
[Trait("Category", "Unit")]
public sealed class HostingHeadersTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "generator-tests", "netlify-" + Guid.NewGuid().ToString("N") + ".toml");

    public HostingHeadersTests() => Directory.CreateDirectory(Path.GetDirectoryName(_file)!);

    public void Dispose() => File.Delete(_file);

    [Fact]
    public void Values_written_as_a_table_inline_or_dotted_are_read_alike()
    {
        var headers = Load("""
            [[headers]]
              for = "/as-table/*"
              [headers.values]
                X-Frame-Options = "DENY"
                "Cache-Control" = "no-store"

            [[headers]]
              for = "/inline"
              values = { X-Frame-Options = "SAMEORIGIN" }

            [[headers]]
              for = "/dotted"
              values.X-Frame-Options = "DENY"
            """);

        Assert.Equal(["/as-table/*", "/inline", "/dotted"], headers.Rules.Select(rule => rule.Pattern));
        Assert.Equal("DENY", headers.For("/as-table/page")["X-Frame-Options"]);
        Assert.Equal("no-store", headers.For("/as-table/page")["Cache-Control"]);
        Assert.Equal("SAMEORIGIN", headers.For("/inline")["X-Frame-Options"]);
        Assert.Equal("DENY", headers.For("/dotted")["X-Frame-Options"]);
    }

    [Fact]
    public void Values_belong_to_the_last_header_block_even_after_other_tables()
    {
        var headers = Load("""
            [build]
              publish = "site"

            [[headers]]
              for = "/*"

            [context.production]
              command = "build"

            [headers.values]
              X-Content-Type-Options = "nosniff"
            """);

        Assert.Equal("nosniff", headers.For("/page")["X-Content-Type-Options"]);
        Assert.Single(headers.Rules);
    }

    [Fact]
    public void Pages_without_a_rule_get_netlifys_default_caching()
    {
        var headers = Load("""
            [build]
              publish = "site"
            """);

        Assert.Empty(headers.Rules);
        Assert.Equal("public, max-age=0, must-revalidate", headers.For("/")["Cache-Control"]);
    }

    [Fact]
    public void An_invalid_file_is_reported_not_ignored()
    {
        Assert.Throws<TomlException>(() => Load("[[headers]\nfor = \"/*\"\n"));
    }

    private HostingHeaders Load(string toml)
    {
        File.WriteAllText(_file, toml);
        return HostingHeaders.Load(_file);
    }
}
