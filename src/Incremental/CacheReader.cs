using System.Buffers;
using System.Text;

namespace Generator.Incremental;

/// <summary>
/// Reads a cache file as <see cref="BinaryWriter"/> wrote it, each string decoded in one step. The reader the
/// framework gives builds a string longer than its small buffer through a <see cref="StringBuilder"/> and char
/// buffers: an article's HTML read back from the cache cost three allocations of its size besides the string, 3.3 GB
/// in a build that rendered the 10,000-article archive.
/// </summary>
internal class CacheReader(Stream stream) : BinaryReader(stream, Encoding.UTF8)
{
    private const int CheckedAbove = 1024 * 1024;

    public override string ReadString()
    {
        var length = Read7BitEncodedInt();
        // A damaged length must fail as a cut-off file does, not ask for gigabytes first. Only a long string is checked
        // against the file's length: asking a file stream for it is a system call, and a cache file holds millions of strings.
        if (length < 0 || (length > CheckedAbove && BaseStream.CanSeek && length > BaseStream.Length - BaseStream.Position))
        {
            throw new EndOfStreamException($"a string of {length} bytes runs past the end of the cache file");
        }

        if (length == 0)
        {
            return "";
        }

        var bytes = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            BaseStream.ReadExactly(bytes, 0, length);
            return Encoding.UTF8.GetString(bytes, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
