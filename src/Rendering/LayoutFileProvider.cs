using System.Text;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Generator.Rendering;

/// <summary>
/// Serves the theme's layouts to Fluid's <c>{% layout %}</c> and <c>{% render %}</c> tags from memory:
/// they were read and checked once when the theme loaded.
/// </summary>
public sealed class LayoutFileProvider(IReadOnlyDictionary<string, Layout> layouts) : IFileProvider
{
    public IFileInfo GetFileInfo(string subpath)
    {
        var name = subpath.Trim('/');
        name = name.EndsWith(".liquid", StringComparison.Ordinal) ? name[..^".liquid".Length] : name;
        return layouts.TryGetValue(name, out var layout) ? new LayoutFile(layout) : new NotFoundFileInfo(subpath);
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class LayoutFile(Layout layout) : IFileInfo
    {
        private readonly byte[] _bytes = Encoding.UTF8.GetBytes(layout.Source);

        public bool Exists => true;

        public long Length => _bytes.Length;

        public string? PhysicalPath => null;

        public string Name => layout.Name + ".liquid";

        public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => new MemoryStream(_bytes, writable: false);
    }
}
