namespace Generator.Fuzz;

/// <summary>Every fuzz target, by the name <c>fuzz/run.sh</c> and the replay tests know it by.</summary>
public static class FuzzTargets
{
    public static IReadOnlyList<IFuzzTarget> All { get; } = [new FrontMatterTarget(), new TermLinkingTarget(), new NoteAnchoringTarget(), new ImageHeaderTarget()];

    public static IFuzzTarget? Find(string name) => All.FirstOrDefault(target => target.Name == name);
}
