using System.Text.Json;
using System.Text.Json.Serialization;
using Generator.Content;

namespace Generator.Incremental;

/// <summary>
/// Markdown in a content file, as the build cache keeps it: the file's display path, full path and fingerprint, and the
/// line the Markdown starts on. The file's text is not kept; it is read again only when asked for (<see cref="SourceFile.Unread"/>).
/// </summary>
public sealed class MarkdownSourceJsonConverter : JsonConverter<MarkdownSource>
{
    public override MarkdownSource Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        CachedJson.Expect(reader.TokenType == JsonTokenType.StartArray);
        var display = CachedJson.ReadString(ref reader);
        var full = CachedJson.ReadString(ref reader);
        var fingerprint = CachedJson.ReadString(ref reader);
        CachedJson.Expect(reader.Read() && reader.TokenType == JsonTokenType.Number);
        var firstLine = reader.GetInt32();
        CachedJson.Expect(reader.Read() && reader.TokenType == JsonTokenType.EndArray);
        return new MarkdownSource(SourceFile.Unread(display, full, fingerprint), firstLine);
    }

    public override void Write(Utf8JsonWriter writer, MarkdownSource value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteStringValue(value.File.DisplayPath);
        writer.WriteStringValue(value.File.FullPath);
        writer.WriteStringValue(value.File.Fingerprint);
        writer.WriteNumberValue(value.FirstLine);
        writer.WriteEndArray();
    }
}
