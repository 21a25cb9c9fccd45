using System.Text.Json;

namespace Generator.Incremental;

/// <summary>Reading the build cache's own JSON forms: anything else is a damaged cache, which the cache treats as missing.</summary>
internal static class CachedJson
{
    public static void Expect(bool condition)
    {
        if (!condition)
        {
            throw new JsonException("the build cache's copy of a content file is damaged");
        }
    }

    public static string ReadString(ref Utf8JsonReader reader)
    {
        Expect(reader.Read() && reader.TokenType == JsonTokenType.String);
        return reader.GetString()!;
    }
}
