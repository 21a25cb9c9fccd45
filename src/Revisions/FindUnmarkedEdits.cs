using System.Collections.Concurrent;
using Generator.Content;
using Generator.Diagnostics;
using Generator.Incremental;
using Generator.Rendering;

namespace Generator.Revisions;

/// <summary>
/// An edit cannot go unnoticed: when an article's published text differs from what the last build published and
/// neither its <c>updated</c> nor its corrections changed, readers, feed readers and search engines would never learn
/// of the change, so the build warns (an error with <c>--strict</c>). Until the article is marked, the ledger keeps
/// what was last published with a mark, so the warning stays on every build rather than once.
/// </summary>
public sealed class FindUnmarkedEdits(RevisionLedger ledger) : Pipeline.IRenderedArticleStep
{
    private readonly ConcurrentDictionary<string, (Article Article, string Text)> _published = new(StringComparer.Ordinal);

    /// <summary>Notes what a rendered article publishes, while its HTML is still held.</summary>
    public void Take(RenderedArticle rendered, int position)
    {
        if (!rendered.Article.Draft)
        {
            _published[rendered.Article.Slug] = (rendered.Article, rendered.ReaderText);
        }
    }

    /// <summary>Warns of every unmarked edit; returns the ledger the next build compares with.</summary>
    public IReadOnlyDictionary<string, PublishedRevision> Run(DiagnosticBag diagnostics)
    {
        var next = new Dictionary<string, PublishedRevision>(ledger.Entries, StringComparer.Ordinal);
        foreach (var (slug, (article, text)) in _published.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            var now = new PublishedRevision(text, Mark(article));
            if (ledger.Entries.TryGetValue(slug, out var before) && before.Text != now.Text && before.Mark == now.Mark)
            {
                diagnostics.Warning(article.RevisionLocation, "the article's content changed, 'updated' did not",
                    article.UpdatedFromGit
                        ? "'updated: auto' takes the time of the last commit to the article: commit the change (or add a correction under 'corrections:')."
                        : "set 'updated:' to the time of this revision (or 'updated: auto' to take it from git), or add a correction under 'corrections:' if it fixes a mistake.");
                continue;
            }

            next[slug] = now;
        }

        return next;
    }

    /// <summary>What marks a revision: the update time and every correction.</summary>
    private static string Mark(Article article)
    {
        var fingerprint = new Fingerprint().Add(article.Updated?.Iso).Add(article.Corrections.Count);
        foreach (var correction in article.Corrections)
        {
            fingerprint.Add(correction.At.Iso).Add(correction.Html);
        }

        return fingerprint.Finish();
    }
}
