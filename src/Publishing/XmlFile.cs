using System.Text;
using System.Xml;

namespace Generator.Publishing;

/// <summary>
/// How the feed and the sitemap are written: indented UTF-8 without a byte order mark, straight into bytes. Written to
/// a string first, the whole feed (full text of the newest articles) was copied three times: the string, the string
/// with its declaration changed from UTF-16, and the UTF-8.
/// </summary>
public static class XmlFile
{
    public static XmlWriterSettings Settings => new() { Indent = true, Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) };

    /// <summary>What <paramref name="written"/> holds, without copying it.</summary>
    public static ReadOnlyMemory<byte> Bytes(MemoryStream written) => written.GetBuffer().AsMemory(0, (int)written.Length);
}
