using Markdig.Parsers;
using Markdig.Syntax;

namespace Generator.Annotations;

/// <summary>
/// A paragraph together with the notes anchored in it, notes first: floated beside the paragraph they explain on
/// wide screens (a float starts where it is in the text), moved under it on narrow ones by the stylesheet.
/// </summary>
public sealed class AnnotatedBlock() : ContainerBlock((BlockParser?)null);
