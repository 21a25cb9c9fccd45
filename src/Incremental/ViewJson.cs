using System.Text.Json.Serialization;
using Generator.Rendering.Views;

namespace Generator.Incremental;

/// <summary>
/// The views of the pages that list the site, written out (source-generated, so Native AOT needs no reflection) to
/// fingerprint exactly what a layout is given: a page whose views are unchanged renders to the same HTML.
/// </summary>
[JsonSerializable(typeof(Dictionary<string, object?>))]
[JsonSerializable(typeof(SiteView))]
[JsonSerializable(typeof(PageView))]
[JsonSerializable(typeof(TermView))]
[JsonSerializable(typeof(List<TermView>))]
[JsonSerializable(typeof(List<ArticleView>))]
[JsonSerializable(typeof(List<LetterView>))]
internal sealed partial class ViewJson : JsonSerializerContext;
