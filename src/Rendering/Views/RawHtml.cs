namespace Generator.Rendering.Views;

/// <summary>
/// HTML the generator itself produced (rendered Markdown). Layouts print it as is; every other value a layout
/// prints is escaped. The type, not a filter a layout author could forget, decides which is which.
/// </summary>
public sealed record RawHtml(string Value)
{
    public override string ToString() => Value;
}
