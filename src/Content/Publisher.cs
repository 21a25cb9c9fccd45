namespace Generator.Content;

public sealed record Publisher(string Name, string? Url);
