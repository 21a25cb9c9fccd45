namespace Generator.Rendering.Views;

public sealed record PullQuoteView(string Text, string? By, string? Role);
