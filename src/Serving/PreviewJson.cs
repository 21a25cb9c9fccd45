using System.Text.Json.Serialization;

namespace Generator.Serving;

/// <summary>Source-generated JSON for the preview's messages, so serialising needs no reflection.</summary>
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
public sealed partial class PreviewJson : JsonSerializerContext;
