namespace Generator.Glossary;

/// <summary>
/// Finds every glossary term in a text in one pass, whatever the number of terms: all names and aliases are stored
/// in a prefix tree, and from each word start the tree is walked as far as the text allows.
/// Matching ignores case, treats typographic and straight apostrophes alike and any run of whitespace as one space,
/// and respects word boundaries in every script (a term never matches inside a longer word).
/// </summary>
public sealed class TermMatcher
{
    private readonly Node _root = new();

    public TermMatcher(IEnumerable<Term> terms)
    {
        foreach (var term in terms)
        {
            foreach (var form in term.Forms)
            {
                Add(form, term);
            }
        }
    }

    /// <summary>
    /// The matches to link, without overlaps: of overlapping candidates the longest wins, then the earliest.
    /// Returned in text order. <paramref name="excluded"/> is never matched (a term's own entry does not link to itself).
    /// </summary>
    public List<TermMatch> FindAll(string text, Term? excluded = null)
    {
        var candidates = new List<TermMatch>();
        for (var start = 0; start < text.Length; start++)
        {
            if (start > 0 && IsWordCharacter(text[start - 1]))
            {
                continue;
            }

            if (LongestAt(text, start, excluded) is { } match)
            {
                candidates.Add(match);
            }
        }

        if (candidates.Count < 2)
        {
            return candidates;
        }

        candidates.Sort((a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Start.CompareTo(b.Start));
        var taken = new List<TermMatch>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (!taken.Exists(t => t.Start < candidate.End && candidate.Start < t.End))
            {
                taken.Add(candidate);
            }
        }

        taken.Sort((a, b) => a.Start.CompareTo(b.Start));
        return taken;
    }

    private TermMatch? LongestAt(string text, int start, Term? excluded)
    {
        TermMatch? best = null;
        var node = _root;
        var position = start;
        while (position < text.Length)
        {
            var character = text[position];
            Node? next;
            if (char.IsWhiteSpace(character))
            {
                if (!node.Children.TryGetValue(' ', out next))
                {
                    break;
                }

                while (position < text.Length && char.IsWhiteSpace(text[position]))
                {
                    position++;
                }
            }
            else
            {
                if (!node.Children.TryGetValue(Fold(character), out next))
                {
                    break;
                }

                position++;
            }

            node = next;
            if (node.Term is { } term && !ReferenceEquals(term, excluded) && (position == text.Length || !IsWordCharacter(text[position])))
            {
                best = new TermMatch(start, position - start, term);
            }
        }

        return best;
    }

    private void Add(string form, Term term)
    {
        var node = _root;
        var pendingSpace = false;
        foreach (var character in form.Trim())
        {
            if (char.IsWhiteSpace(character))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                node = node.Child(' ');
                pendingSpace = false;
            }

            node = node.Child(Fold(character));
        }

        // The first term to claim a form keeps it; two terms claiming one form is reported by the glossary index.
        node.Term ??= term;
    }

    /// <summary>The form a character is compared in: lower case, with every apostrophe shape as the straight one.</summary>
    public static char Fold(char character) => character switch
    {
        '\u2019' or '\u2018' or '\u02BC' or '\u2032' => '\'',
        '\u2010' or '\u2011' => '-',
        _ => char.ToLowerInvariant(character),
    };

    /// <summary>Letters and digits of any script, and combining marks, continue a word; everything else ends it.</summary>
    public static bool IsWordCharacter(char character) =>
        char.IsLetterOrDigit(character) ||
        char.GetUnicodeCategory(character) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private sealed class Node
    {
        public Dictionary<char, Node> Children { get; } = [];

        public Term? Term { get; set; }

        public Node Child(char character)
        {
            if (!Children.TryGetValue(character, out var child))
            {
                child = new Node();
                Children.Add(character, child);
            }

            return child;
        }
    }
}
