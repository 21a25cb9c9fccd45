namespace Generator.Revisions;

/// <summary>An article as a build published it: the fingerprint of its text, and of its revision mark (<c>updated</c>, corrections).</summary>
public sealed record PublishedRevision(string Text, string Mark);
