using System.Security.Cryptography;
using System.Text;

namespace Generator.Incremental;

/// <summary>
/// A SHA-256 over a sequence of values, each length-prefixed so that ("ab", "c") and ("a", "bc") differ. Cache keys
/// are fingerprints of everything an output depends on: equal fingerprints mean equal inputs.
/// </summary>
public sealed class Fingerprint : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public Fingerprint Add(string? value)
    {
        value ??= "\0null";
        Add(value.Length);
        _hash.AppendData(Encoding.UTF8.GetBytes(value));
        return this;
    }

    /// <summary>Adds text already encoded as UTF-8 (a content file), without decoding it.</summary>
    public Fingerprint Add(ReadOnlySpan<byte> utf8)
    {
        Add(utf8.Length);
        _hash.AppendData(utf8);
        return this;
    }

    public Fingerprint Add(long value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(long)];
        BitConverter.TryWriteBytes(bytes, value);
        _hash.AppendData(bytes);
        return this;
    }

    public string Finish() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    public void Dispose() => _hash.Dispose();

    public static string Of(params string?[] values)
    {
        using var fingerprint = new Fingerprint();
        foreach (var value in values)
        {
            fingerprint.Add(value);
        }

        return fingerprint.Finish();
    }
}
