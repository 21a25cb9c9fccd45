using Generator.Prose;

namespace Generator.Glossary;

/// <summary>
/// Finds every glossary term in a text in one pass, whatever the number of terms: all names, aliases and plurals are
/// stored in prefix trees (one for forms that ignore case, one for case-sensitive terms), and from each word start the
/// trees are walked as far as the text allows. Typographic and straight apostrophes compare equal, any run of
/// whitespace matches one space, and a match must begin and end on a Unicode word boundary (see
/// <see cref="WordBoundaries"/>) — except that a possessive "'s" may follow it, and an elided article ("l'", "d'")
/// may precede it.
/// </summary>
public sealed class TermMatcher
{
    /// <summary>ASCII in lower case, by table: a walk folds every character it reads.</summary>
    private static readonly char[] AsciiLowerCase = [.. Enumerable.Range(0, 128).Select(c => char.ToLowerInvariant((char)c))];

    private readonly Node _ignoringCase = new();
    private readonly Node _exactCase = new();

    public TermMatcher(IEnumerable<Term> terms)
    {
        foreach (var term in terms)
        {
            foreach (var form in term.Forms)
            {
                Add(term.CaseSensitive ? _exactCase : _ignoringCase, form, term, term.CaseSensitive);
            }
        }

        _ignoringCase.Freeze();
        _exactCase.Freeze();
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
            var character = text[start];
            // Two cheap tests first, since most positions fail them: inside a run of ASCII letters and digits there is
            // no word boundary (UAX #29 WB5, WB8-WB10), and most characters start no form at all.
            if (char.IsWhiteSpace(character) ||
                (start > 0 && char.IsAsciiLetterOrDigit(character) && char.IsAsciiLetterOrDigit(text[start - 1])) ||
                (!_ignoringCase.HasChild(Fold(character, foldCase: true)) && !_exactCase.HasChild(Fold(character, foldCase: false))))
            {
                continue;
            }

            // The walks are cheap and almost always find nothing; the word-boundary rules are asked only when they do.
            var ignoringCase = LongestAt(_ignoringCase, text, start, excluded, foldCase: true);
            var exactCase = LongestAt(_exactCase, text, start, excluded, foldCase: false);
            if ((ignoringCase is null && exactCase is null) || !CanStartAt(text, start))
            {
                continue;
            }

            if ((exactCase?.Length ?? 0) > (ignoringCase?.Length ?? 0))
            {
                candidates.Add(exactCase!.Value);
            }
            else if (ignoringCase is { } match)
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

    private static bool CanStartAt(string text, int start) =>
        WordBoundaries.IsBoundary(text, start) || FollowsElidedArticle(text, start);

    /// <summary>"l'OTAN", "d'Europe": a one-letter article and an apostrophe before the term.</summary>
    private static bool FollowsElidedArticle(string text, int start) =>
        start >= 2 && IsApostrophe(text[start - 1]) && char.IsLetter(text[start - 2]) && WordBoundaries.IsBoundary(text, start - 2);

    /// <summary>Whether a match may end at <paramref name="end"/>: on a word boundary, or before a possessive 's.</summary>
    private static bool CanEndAt(string text, int end) =>
        WordBoundaries.IsBoundary(text, end) ||
        (end + 1 < text.Length && IsApostrophe(text[end]) && text[end + 1] is 's' or 'S' && WordBoundaries.IsBoundary(text, end + 2));

    private static bool IsApostrophe(char character) => character is '\'' or '\u2019';

    private static TermMatch? LongestAt(Node root, string text, int start, Term? excluded, bool foldCase)
    {
        TermMatch? best = null;
        var node = root;
        var position = start;
        while (position < text.Length)
        {
            var character = text[position];
            Node? next;
            if (char.IsWhiteSpace(character))
            {
                if (!node.TryGetChild(' ', out next))
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
                if (!node.TryGetChild(Fold(character, foldCase), out next))
                {
                    break;
                }

                position++;
            }

            node = next;
            if (node.Term is { } term && !ReferenceEquals(term, excluded) && CanEndAt(text, position))
            {
                best = new TermMatch(start, position - start, term);
            }
        }

        return best;
    }

    private static void Add(Node root, string form, Term term, bool caseSensitive)
    {
        var node = root;
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

            node = node.Child(Fold(character, !caseSensitive));
        }

        // The first term to claim a form keeps it; two terms claiming one form is reported by the glossary index.
        node.Term ??= term;
    }

    /// <summary>The form a character is compared in: lower case, with every apostrophe shape as the straight one.</summary>
    public static char Fold(char character) => Fold(character, foldCase: true);

    private static char Fold(char character, bool foldCase) => character < 128
        ? (foldCase ? AsciiLowerCase[character] : character)
        : character switch
        {
            '\u2019' or '\u2018' or '\u02BC' or '\u2032' => '\'',
            '\u2010' or '\u2011' => '-',
            _ => foldCase ? char.ToLowerInvariant(character) : character,
        };

    /// <summary>
    /// A node of a prefix tree. Built with a dictionary, then frozen: a walk asks every node of its path for one
    /// character, millions of times on a large site. A node with few children answers from a short array; one with
    /// many (the roots, where every form starts) from a table indexed by the character when it is ASCII.
    /// </summary>
    private sealed class Node
    {
        private const int FewChildren = 8;
        private Dictionary<char, Node>? _building;
        private char[] _keys = [];
        private Node[] _children = [];
        private Node?[]? _ascii;

        public Term? Term { get; set; }

        public bool HasChild(char character) => TryGetChild(character, out _);

        public bool TryGetChild(char character, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Node? child)
        {
            if (_ascii is { } table && character < 128)
            {
                child = table[character];
                return child is not null;
            }

            var keys = _keys;
            if (keys.Length > FewChildren)
            {
                var found = Array.BinarySearch(keys, character);
                child = found >= 0 ? _children[found] : null;
                return child is not null;
            }

            // A plain loop: for a handful of keys, a vectorised search costs more to set up than it saves.
            for (var index = 0; index < keys.Length; index++)
            {
                if (keys[index] == character)
                {
                    child = _children[index];
                    return true;
                }
            }

            child = null;
            return false;
        }

        public Node Child(char character)
        {
            _building ??= [];
            if (!_building.TryGetValue(character, out var child))
            {
                child = new Node();
                _building.Add(character, child);
            }

            return child;
        }

        public void Freeze()
        {
            if (_building is null)
            {
                return;
            }

            _keys = [.. _building.Keys.Order()];
            _children = [.. _keys.Select(key => _building[key])];
            if (_keys.Length > FewChildren)
            {
                _ascii = new Node?[128];
                foreach (var (key, child) in _building.Where(pair => pair.Key < 128))
                {
                    _ascii[key] = child;
                }
            }

            _building = null;
            foreach (var child in _children)
            {
                child.Freeze();
            }
        }
    }
}
