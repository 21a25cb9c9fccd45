namespace Generator.Content;

public sealed record PullQuote(string Text, string? By, string? Role);
