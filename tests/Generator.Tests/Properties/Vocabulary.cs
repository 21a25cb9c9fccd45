namespace Generator.Tests.Properties;

/// <summary>
/// The words generated glossaries and prose are made of. Term words are few, so generated terms share prefixes
/// ("Minsk", "Minsk agreements") and turn up in the prose often; filler words include near misses ("Minsker",
/// "formats", "des" for the case-sensitive "DES") and letters of several scripts.
/// </summary>
internal static class Vocabulary
{
    public static readonly string[] TermWords =
    [
        "Minsk", "agreements", "Normandy", "format", "Four", "Kyiv", "Rada", "ceasefire", "line", "Łódź", "Ukraïna",
        "Straße", "Київ", "Верховна", "People's", "Merkel-Hollande", "NATO", "DES", "İstanbul", "café",
    ];

    public static readonly string[] FillerWords =
    [
        "the", "talks", "in", "met", "and", "of", "a", "des", "Minsker", "formats", "naïve", "über", "déjà", "vu",
        "Ελλάδα", "on", "Monday", "said", "agreement", "peoples", "Kyivan", "lines", "3,500", "U.N.", "東京", "don't",
    ];
}
