using Generator.Content;

namespace Generator.Annotations;

public sealed record NumberedNote(int Number, Note Note);
