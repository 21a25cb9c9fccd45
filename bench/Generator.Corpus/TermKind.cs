namespace Generator.Corpus;

/// <summary>What a term names, which decides the shape of its name and of its definition.</summary>
public enum TermKind
{
    /// <summary>"Maren Solberg", with the surname as an alias.</summary>
    Person,

    /// <summary>"Tarvik" or "Tarvik Valley".</summary>
    Place,

    /// <summary>"Kessler Commission", "Varna Rail Authority" (alias "VRA").</summary>
    Organisation,

    /// <summary>"brelo levy", written in lower case and used in the plural.</summary>
    CommonNoun,

    /// <summary>"KVT", matched only in capitals (<c>case_sensitive: true</c>).</summary>
    Acronym,
}
