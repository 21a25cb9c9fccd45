namespace Generator.Search;

/// <summary>
/// How much a word counts where it is found, so that ranking favours titles, headings and glossary terms: a part's
/// score for a word is the weight of the best place it is found, plus a little for how often the prose repeats it.
/// Scores fit in four bits (<see cref="Maximum"/>), which keeps each posting small.
/// </summary>
public static class SearchWeight
{
    /// <summary>An article's title, a term's name or alias.</summary>
    public const int Title = 12;

    /// <summary>A section's title, a heading inside it.</summary>
    public const int Heading = 8;

    /// <summary>The names of a glossary term the text mentions (its aliases too: they are its synonyms), people, places, tags.</summary>
    public const int Term = 6;

    /// <summary>Running text.</summary>
    public const int Prose = 1;

    public const int Maximum = 15;

    /// <summary>The score of a word found in its best place with <paramref name="weight"/>, and <paramref name="proseCount"/> times in the prose.</summary>
    public static int Score(int weight, int proseCount)
    {
        var repeated = proseCount switch
        {
            < 2 => 0,
            < 4 => 1,
            < 8 => 2,
            _ => 3,
        };
        return Math.Min(Maximum, weight + repeated);
    }
}
