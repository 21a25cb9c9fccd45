namespace Generator.Listings;

/// <summary>
/// What a topic page gathers articles by: an article's <c>tags</c> (<c>/topics/…</c>), or its sections' <c>people</c>
/// (<c>/people/…</c>) and <c>places</c> (<c>/places/…</c>). <see cref="Key"/> is the front-matter key, <see cref="Folder"/>
/// the top-level folder of its pages and of its index, <see cref="TitleKey"/> the strings file's key of the index's title.
/// </summary>
public sealed record TopicKind(string Key, string Folder, string TitleKey)
{
    public static readonly TopicKind Tags = new("tags", "topics", Localization.GeneratedStrings.TagsIndex);
    public static readonly TopicKind People = new("people", "people", Localization.GeneratedStrings.PeopleIndex);
    public static readonly TopicKind Places = new("places", "places", Localization.GeneratedStrings.PlacesIndex);

    public static readonly IReadOnlyList<TopicKind> All = [Tags, People, Places];

    /// <summary>The folder of the index of every topic of this kind, <c>topics/</c>.</summary>
    public string IndexFolder => Folder + "/";

    /// <summary>The folder of a topic's pages, from its name's slug: <c>people/antonio-guterres/</c>.</summary>
    public string FolderOf(string name) => $"{Folder}/{Content.Slug.From(name)}/";

    /// <summary>The address of a topic's first page.</summary>
    public string UrlOf(string name) => Paginator.UrlOf(FolderOf(name));

    /// <summary>The names of this kind a section carries: its people or its places; none for tags, which are the article's.</summary>
    public IReadOnlyList<string> NamesOf(Content.Section section) =>
        this == People ? section.People : this == Places ? section.Places : [];
}
