namespace Generator.Corpus;

/// <summary>
/// Pronounceable made-up words (consonant–vowel syllables), so a large glossary has the shape of real names — many
/// shared prefixes, letters only — without ever being a word of the English prose it is matched against.
/// </summary>
public sealed class PseudoWordGenerator(int seed)
{
    private static readonly string[] Onsets =
        ["b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "gr", "kr", "pl", "st", "tr", "sh", "ch"];

    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "a", "e", "o", "ai", "ea", "ou", "io"];

    // Most syllables are open, as in the names this stands in for; the empty codas weight that choice.
    private static readonly string[] Codas = ["", "", "", "", "n", "r", "l", "s", "k", "m", "nd", "st"];

    private readonly Random _random = new(seed);

    /// <summary>A word of two or three syllables, in lower case.</summary>
    public string NextWord()
    {
        var syllables = _random.Next(2, 4);
        var word = "";
        for (var index = 0; index < syllables; index++)
        {
            word += Pick(Onsets) + Pick(Vowels) + Pick(Codas);
        }

        return word;
    }

    /// <summary>True with the given probability; the glossary uses it to vary name shapes.</summary>
    public bool Chance(double probability) => _random.NextDouble() < probability;

    public int Next(int minimum, int exclusiveMaximum) => _random.Next(minimum, exclusiveMaximum);

    private string Pick(string[] choices) => choices[_random.Next(choices.Length)];
}
