namespace Generator.Incremental;

/// <summary>
/// Collects the inputs one page reads while it is rendered: the step that makes the page names the content it gives
/// the layouts, and the layouts record what they read themselves (the layouts and partials they are made of, the assets
/// they address, the terms a filter links). Nothing keeps a list of a page's inputs by hand, so an input a layout
/// starts reading is recorded from then on. A page is rendered by one thread, so the recorder needs no lock.
/// </summary>
public sealed class DependencyRecorder
{
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Names => _names;

    public DependencyRecorder Record(string name)
    {
        _names.Add(name);
        return this;
    }
}
