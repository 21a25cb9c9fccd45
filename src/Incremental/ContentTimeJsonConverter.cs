using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Generator.Content.Time;

namespace Generator.Incremental;

/// <summary>A content time as the build cache keeps it: its day, or its exact instant with its offset, so either round-trips unchanged.</summary>
public sealed class ContentTimeJsonConverter : JsonConverter<ContentTime>
{
    private const string DayFormat = "yyyy-MM-dd";

    public override ContentTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        CachedJson.Expect(reader.TokenType == JsonTokenType.StartArray && reader.Read());
        ContentTime time;
        if (reader.TokenType == JsonTokenType.String)
        {
            time = ContentTime.OfDay(DateOnly.ParseExact(reader.GetString()!, DayFormat, CultureInfo.InvariantCulture));
        }
        else
        {
            var ticks = reader.GetInt64();
            CachedJson.Expect(reader.Read() && reader.TokenType == JsonTokenType.Number);
            time = ContentTime.OfInstant(new DateTimeOffset(ticks, TimeSpan.FromMinutes(reader.GetInt32())));
        }

        CachedJson.Expect(reader.Read() && reader.TokenType == JsonTokenType.EndArray);
        return time;
    }

    public override void Write(Utf8JsonWriter writer, ContentTime value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        if (value.Exact is { } exact)
        {
            writer.WriteNumberValue(exact.Ticks);
            writer.WriteNumberValue((int)exact.Offset.TotalMinutes);
        }
        else
        {
            writer.WriteStringValue(value.Day.ToString(DayFormat, CultureInfo.InvariantCulture));
        }

        writer.WriteEndArray();
    }
}
