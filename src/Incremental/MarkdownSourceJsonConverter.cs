using System.Text.Json;
using System.Text.Json.Serialization;
using Generator.Content;

namespace Generator.Incremental;

/// <summary>
/// Markdown in a content file, as the build cache keeps it: the file's display path, full path and fingerprint, and the
/// line the Markdown starts on; the paths are left out when the file is the one whose record is being written
/// (<see cref="ParsedFileScope"/>). The file's text is not kept; it is read again only when asked for (<see cref="SourceFile.Unread"/>).
/// </summary>
public sealed class MarkdownSourceJsonConverter : JsonConverter<MarkdownSource>
{
    public override MarkdownSource Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        CachedJson.Expect(reader.TokenType == JsonTokenType.StartArray);
        var first = CachedJson.ReadString(ref reader);
        CachedJson.Expect(reader.Read());
        string display, full, fingerprint;
        if (reader.TokenType == JsonTokenType.String)
        {
            (display, full) = (first, reader.GetString()!);
            fingerprint = CachedJson.ReadString(ref reader);
            CachedJson.Expect(reader.Read());
        }
        else
        {
            display = ParsedFileScope.DisplayPath ?? throw new JsonException("Markdown without its file, read outside the file's record");
            full = ParsedFileScope.FullPath!;
            fingerprint = first;
        }

        CachedJson.Expect(reader.TokenType == JsonTokenType.Number);
        var firstLine = reader.GetInt32();
        CachedJson.Expect(reader.Read() && reader.TokenType == JsonTokenType.EndArray);
        return new MarkdownSource(SourceFile.Unread(display, full, fingerprint), firstLine);
    }

    public override void Write(Utf8JsonWriter writer, MarkdownSource value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        if (!(ParsedFileScope.IsOwnFile(value.File.DisplayPath) && value.File.FullPath == ParsedFileScope.FullPath))
        {
            writer.WriteStringValue(value.File.DisplayPath);
            writer.WriteStringValue(value.File.FullPath);
        }

        writer.WriteStringValue(value.File.Fingerprint);
        writer.WriteNumberValue(value.FirstLine);
        writer.WriteEndArray();
    }
}
