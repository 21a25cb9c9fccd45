namespace Generator.StoryLinks;

/// <summary>
/// A link in an article's prose to another article or one of its sections: to <c>/slug/</c>, <c>/slug/#section</c>, or
/// written as the shorthand <c>article:slug#section</c> (<paramref name="Shorthand"/>). It is read while the article is
/// rendered and kept with it in the build cache, so every build knows every link between stories (for the target's
/// "Linked from" list, <see cref="Backlinks"/>) without rendering the linking article again.
/// </summary>
/// <param name="SourceSection">The slug of the section that holds the link; null for the standfirst.</param>
/// <param name="Sentence">The sentence that holds the link, as a reader sees it.</param>
/// <param name="Line">Where the link is written in its file (1-based line and column), for a located error.</param>
public sealed record StoryLink(string TargetSlug, string? TargetSection, string? SourceSection, string Sentence, bool Shorthand, int Line, int Column);
