using System.Text.Json.Serialization;
using Generator.Content;
using Generator.Diagnostics;
using Generator.Glossary;

namespace Generator.Incremental;

/// <summary>
/// How the build cache keeps what was parsed from content files (<see cref="ParsedFiles"/>): the content records as
/// they are, written by a generated serializer (Native AOT), so a field added to a record is kept with no code to
/// remember. Properties worked out from others (an article's files, a term's forms, a text's decoded form) are not kept.
/// </summary>
[JsonSourceGenerationOptions(IgnoreReadOnlyProperties = true, Converters = [
    typeof(ContentTimeJsonConverter),
    typeof(SourceLocationJsonConverter),
    typeof(ReadOnlyListJsonConverter<string>),
    typeof(ReadOnlyListJsonConverter<LocatedText>),
    typeof(ReadOnlyListJsonConverter<SourceLocation>),
    typeof(ReadOnlyListJsonConverter<RelatedLink>),
    typeof(ReadOnlyListJsonConverter<Note>),
    typeof(ReadOnlyListJsonConverter<Correction>),
    typeof(ReadOnlyListJsonConverter<Translation>),
    typeof(ReadOnlyListJsonConverter<int>)])]
[JsonSerializable(typeof(Section))]
[JsonSerializable(typeof(Article))]
[JsonSerializable(typeof(Term))]
[JsonSerializable(typeof(IReadOnlyList<Diagnostic>))]
public sealed partial class ParsedJson : JsonSerializerContext
{
}
