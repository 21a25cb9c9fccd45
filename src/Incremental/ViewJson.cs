using System.Text.Json.Serialization;
using Generator.Rendering.Views;

namespace Generator.Incremental;

/// <summary>
/// Views of the pages that list the site, written out (source-generated, so Native AOT needs no reflection) to
/// fingerprint exactly what a layout is given: each page's own view and the site's. Articles' and terms' views are not
/// written out (they hold whole articles, and every section that uses a term): they are keyed by what they are made
/// from (<see cref="ViewFactory.TermKey"/>).
/// </summary>
[JsonSerializable(typeof(Dictionary<string, object?>))]
[JsonSerializable(typeof(SiteView))]
[JsonSerializable(typeof(PageView))]
[JsonSerializable(typeof(ImageView))]
[JsonSerializable(typeof(PaginationView))]
[JsonSerializable(typeof(ArchiveView))]
[JsonSerializable(typeof(TopicView))]
[JsonSerializable(typeof(TopicIndexView))]
[JsonSerializable(typeof(List<LinkView>))]
internal sealed partial class ViewJson : JsonSerializerContext;
