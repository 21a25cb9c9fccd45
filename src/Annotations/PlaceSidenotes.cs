using Markdig.Syntax;

namespace Generator.Annotations;

/// <summary>
/// Puts each note with the block (paragraph, list item paragraph, quote) that holds its anchor, in number order when
/// one block holds several, so it reads next to the words it explains (see <see cref="AnnotatedBlock"/>).
/// </summary>
public static class PlaceSidenotes
{
    public static void Run(MarkdownDocument document, IReadOnlyDictionary<int, string> notesHtml)
    {
        var anchors = document.Descendants<LeafBlock>()
            .Where(block => block.Inline is not null)
            .SelectMany(block => block.Inline!.Descendants<NoteAnchorInline>().Select(anchor => (Block: block, anchor.Number)))
            .ToList();

        foreach (var group in anchors.GroupBy(a => a.Block))
        {
            var block = group.Key;
            var parent = block.Parent!;
            var annotated = new AnnotatedBlock();
            foreach (var number in group.Select(a => a.Number).Order())
            {
                if (notesHtml.TryGetValue(number, out var html))
                {
                    annotated.Add(new SidenoteBlock(number, html));
                }
            }

            var position = parent.IndexOf(block);
            parent.RemoveAt(position);
            annotated.Add(block);
            parent.Insert(position, annotated);
        }
    }
}
