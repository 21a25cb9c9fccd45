namespace Generator.Prose;

/// <summary>
/// Marks an inline container added by an annotation step whose text is still ordinary prose
/// (a note anchor, for example), so later steps match through it as they do through emphasis.
/// </summary>
public interface IProseContainer;
