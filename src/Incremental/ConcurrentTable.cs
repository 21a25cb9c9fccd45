using System.Collections.Concurrent;

namespace Generator.Incremental;

/// <summary>
/// A concurrent table keyed by ordinal strings, made its expected size at once, for the steps whose parallel threads
/// all write into one table (the versions a build declares, the files it used, the pages it reused).
/// <para>
/// Sized at once, the table is never grown while every thread waits; but a table given its capacity keeps the number
/// of locks it is given and does not add more as it fills. With one lock per core, two threads writing take the same
/// lock half the time, and at 10,000 articles the waiting cost more processor time than the writes
/// (<c>Monitor.Enter_Slowpath</c>, over a second of a one-edit rebuild). Many stripes make a clash rare; a lock is a
/// few bytes.
/// </para>
/// </summary>
public static class ConcurrentTable
{
    private static readonly int LockStripes = Environment.ProcessorCount * 32;

    public static ConcurrentDictionary<string, T> Sized<T>(int expected) => new(LockStripes, expected, StringComparer.Ordinal);
}
