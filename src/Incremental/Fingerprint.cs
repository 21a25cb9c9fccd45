using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Generator.Incremental;

/// <summary>
/// A 128-bit XXH3 hash over a sequence of values, each length-prefixed so that ("ab", "c") and ("a", "bc") differ.
/// Cache keys are fingerprints of everything an output depends on: equal fingerprints mean equal inputs. The inputs
/// are the team's own files, not an adversary's, so a fast non-cryptographic hash is enough; it is an order of
/// magnitude faster than SHA-256 and, unlike it, needs no OpenSSL loaded when the generator starts.
/// </summary>
public sealed class Fingerprint
{
    private readonly XxHash128 _hash = new();

    public Fingerprint Add(string? value) => Add((value ?? "\0null").AsSpan());

    /// <summary>Adds text as <see cref="Add(string?)"/> adds a string of the same characters.</summary>
    public Fingerprint Add(ReadOnlySpan<char> value)
    {
        Add(value.Length);
        // The UTF-16 code units as they are: equal strings give equal bytes, with nothing to encode or allocate (a
        // section's HTML is fingerprinted on every build).
        _hash.Append(MemoryMarshal.AsBytes(value));
        return this;
    }

    /// <summary>Adds text already encoded as UTF-8 (a content file), without decoding it.</summary>
    public Fingerprint Add(ReadOnlySpan<byte> utf8)
    {
        Add(utf8.Length);
        _hash.Append(utf8);
        return this;
    }

    public Fingerprint Add(long value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(long)];
        BitConverter.TryWriteBytes(bytes, value);
        _hash.Append(bytes);
        return this;
    }

    public string Finish() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    public static string Of(params string?[] values)
    {
        var fingerprint = new Fingerprint();
        foreach (var value in values)
        {
            fingerprint.Add(value);
        }

        return fingerprint.Finish();
    }
}
