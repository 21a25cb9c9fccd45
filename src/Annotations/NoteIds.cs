using System.Globalization;

namespace Generator.Annotations;

/// <summary>The element ids that tie a note's marker in the prose and the note itself together.</summary>
public static class NoteIds
{
    public static string Note(int number) => "note-" + number.ToString(CultureInfo.InvariantCulture);

    public static string Anchor(int number) => "note-anchor-" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The note in the printed list of notes at the end of the section.</summary>
    public static string Endnote(int number) => "endnote-" + number.ToString(CultureInfo.InvariantCulture);
}
