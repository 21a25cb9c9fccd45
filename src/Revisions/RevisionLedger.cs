using System.Text;

namespace Generator.Revisions;

/// <summary>
/// What the last builds published of each article, kept beside the build cache (<c>.site.cache/revisions.tsv</c>),
/// one line per article: its slug, the fingerprint of its published text (<see cref="PublishedText"/>) and its
/// revision mark (its <c>updated</c> and corrections, as written or read from git). A lost or unreadable ledger only
/// means the next build has nothing to compare with.
/// </summary>
public sealed class RevisionLedger
{
    public const string FileName = "revisions.tsv";

    private const string Header = "# generator revisions 1";

    private readonly string _path;

    private RevisionLedger(string path, Dictionary<string, PublishedRevision> entries)
    {
        _path = path;
        Entries = entries;
    }

    public IReadOnlyDictionary<string, PublishedRevision> Entries { get; }

    public static RevisionLedger Open(string cacheFolder)
    {
        var path = Path.Combine(cacheFolder, FileName);
        var entries = new Dictionary<string, PublishedRevision>(StringComparer.Ordinal);
        try
        {
            var lines = File.ReadAllLines(path, Encoding.UTF8);
            if (lines.Length > 0 && lines[0] == Header)
            {
                foreach (var line in lines.Skip(1))
                {
                    if (line.Split('\t') is [var slug, var text, var mark])
                    {
                        entries[slug] = new PublishedRevision(text, mark);
                    }
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // No ledger yet (a first build, or after the cache was deleted): nothing to compare with.
        }

        return new RevisionLedger(path, entries);
    }

    /// <summary>Writes the entries as the ledger, replacing the file in one step.</summary>
    public void Save(IReadOnlyDictionary<string, PublishedRevision> entries)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var (slug, revision) in entries.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            // Slugs hold no tabs or line breaks (they are made of letters, digits and hyphens); marks are hex digits.
            text.Append(slug).Append('\t').Append(revision.Text).Append('\t').Append(revision.Mark).Append('\n');
        }

        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var temporary = _path + ".tmp";
        File.WriteAllText(temporary, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(temporary, _path, overwrite: true);
    }
}
