using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Generator.Incremental;

/// <summary>
/// A list of a parsed record, as the build cache reads it back: an array of exactly its length, and the one empty array
/// of its type when it has no items. At 10,000 articles the parsed records hold about 960,000 lists, most of them empty
/// (a section's redirects, related links, notes, the places of its people…); read as <see cref="List{T}"/> each is an
/// object, or two with its array, that every collection of the build visits and copies. Written as any list is.
/// </summary>
public sealed class ReadOnlyListJsonConverter<T> : JsonConverter<IReadOnlyList<T>>
{
    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        CachedJson.Expect(reader.TokenType == JsonTokenType.StartArray && reader.Read());
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            return [];
        }

        var item = ItemFormat(options);
        var items = new List<T>();
        do
        {
            items.Add(JsonSerializer.Deserialize(ref reader, item)!);
            CachedJson.Expect(reader.Read());
        }
        while (reader.TokenType != JsonTokenType.EndArray);

        return items.ToArray();
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
    {
        var item = ItemFormat(options);
        writer.WriteStartArray();
        foreach (var element in value)
        {
            JsonSerializer.Serialize(writer, element, item);
        }

        writer.WriteEndArray();
    }

    private static JsonTypeInfo<T> ItemFormat(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
}
