using System.Text;

namespace Generator.Buffers;

/// <summary>
/// HTML rendered into UTF-8 and still held by the writer it was rendered into (<see cref="ReusedUtf8Writer.Write"/>):
/// a page's own layout is written into the base layout from there, without being copied out first. Disposing it lets
/// the writer be used again, so it must not be read afterwards.
/// </summary>
public sealed class EncodedHtml : IDisposable
{
    private ReusedUtf8Writer.Utf8Writer? _writer;

    internal EncodedHtml(ReusedUtf8Writer.Utf8Writer writer) => _writer = writer;

    private ReusedUtf8Writer.Utf8Writer Writer => _writer ?? throw new ObjectDisposedException(nameof(EncodedHtml));

    /// <summary>The bytes, as an array of their own that outlives this.</summary>
    public byte[] ToArray()
    {
        var bytes = new byte[Writer.Length];
        var at = 0;
        foreach (var chunk in Writer.Written())
        {
            chunk.Span.CopyTo(bytes.AsSpan(at));
            at += chunk.Length;
        }

        return bytes;
    }

    /// <summary>The HTML as text, for a layout that does more with it than print it (a filter).</summary>
    public string ToText() => Encoding.UTF8.GetString(ToArray());

    internal void CopyTo(ReusedUtf8Writer.Utf8Writer target)
    {
        foreach (var chunk in Writer.Written())
        {
            target.WriteEncoded(chunk.Span);
        }
    }

    public void Dispose()
    {
        if (_writer is { } writer)
        {
            _writer = null;
            ReusedUtf8Writer.Return(writer);
        }
    }
}
