using System.Text.Json;
using System.Text.Json.Serialization;
using Generator.Diagnostics;

namespace Generator.Incremental;

/// <summary>
/// A place in a content file as the build cache keeps it, <c>[file, line, column]</c>, or <c>[line, column]</c> for a
/// place in the file whose record is being written (<see cref="ParsedFileScope"/>): a parsed section holds several, and
/// the short forms keep the cache small and quick to read back.
/// </summary>
public sealed class SourceLocationJsonConverter : JsonConverter<SourceLocation>
{
    public override SourceLocation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        CachedJson.Expect(reader.TokenType == JsonTokenType.StartArray && reader.Read());
        string file;
        if (reader.TokenType == JsonTokenType.String)
        {
            file = reader.GetString()!;
            CachedJson.Expect(reader.Read());
        }
        else
        {
            file = ParsedFileScope.DisplayPath ?? throw new JsonException("a place without its file, read outside the file's record");
        }

        CachedJson.Expect(reader.TokenType == JsonTokenType.Number);
        var line = reader.GetInt32();
        CachedJson.Expect(reader.Read() && reader.TokenType == JsonTokenType.Number);
        var column = reader.GetInt32();
        CachedJson.Expect(reader.Read() && reader.TokenType == JsonTokenType.EndArray);
        return new SourceLocation(file, line, column);
    }

    public override void Write(Utf8JsonWriter writer, SourceLocation value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        if (!ParsedFileScope.IsOwnFile(value.File))
        {
            writer.WriteStringValue(value.File);
        }

        writer.WriteNumberValue(value.Line);
        writer.WriteNumberValue(value.Column);
        writer.WriteEndArray();
    }
}
