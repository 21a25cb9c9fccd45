using System.Net;
using System.Reflection;
using System.Text;

namespace Generator.Serving;

/// <summary>
/// Serves a built site over HTTP on one address, with the production headers from netlify.toml. Only files under
/// the site folder are served (see <see cref="SafePath"/>); a missing page gets the site's 404.html with status 404.
/// With <see cref="PreviewEvents"/> it is the editing preview: HTML pages get the live-reload script, and
/// <c>/_preview/</c> serves the event stream and the current build errors.
/// </summary>
public sealed class PreviewServer : IDisposable
{
    private const string PreviewPrefix = "/_preview/";
    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly HostingHeaders _headers;
    private readonly PreviewEvents? _events;
    private readonly Func<IReadOnlyList<string>> _currentErrors;

    public PreviewServer(string siteFolder, string host, int port, HostingHeaders headers, PreviewEvents? events, Func<IReadOnlyList<string>> currentErrors)
    {
        _root = Path.GetFullPath(siteFolder).TrimEnd(Path.DirectorySeparatorChar);
        _headers = headers;
        _events = events;
        _currentErrors = currentErrors;
        Address = new Uri($"http://{(host.Contains(':') ? $"[{host}]" : host)}:{port}/");
        _listener.Prefixes.Add(Address.ToString());
    }

    public Uri Address { get; }

    public void Start() => _listener.Start();

    /// <summary>Answers requests until <paramref name="stop"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        using var registration = stop.Register(() => _listener.Stop());
        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                break;
            }

            _ = Task.Run(() => Answer(context), CancellationToken.None);
        }
    }

    private void Answer(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var request = context.Request;
            var rawPath = request.RawUrl ?? "/";
            if (request.HttpMethod is not ("GET" or "HEAD"))
            {
                Send(response, 405, "text/plain; charset=utf-8", "Only GET and HEAD are served."u8.ToArray(), rawPath, head: false);
                return;
            }

            if (_events is not null && rawPath.StartsWith(PreviewPrefix, StringComparison.Ordinal))
            {
                AnswerPreview(rawPath[PreviewPrefix.Length..].Split('?')[0], response);
                return;
            }

            var head = request.HttpMethod == "HEAD";
            var file = SafePath.Resolve(_root, rawPath);
            if (file is not null && Directory.Exists(file))
            {
                if (!rawPath.Split('?')[0].EndsWith('/'))
                {
                    response.StatusCode = 301;
                    response.RedirectLocation = rawPath.Split('?')[0] + "/";
                    response.Close();
                    return;
                }

                file = Path.Combine(file, "index.html");
            }

            if (file is null || !File.Exists(file))
            {
                var notFound = Path.Combine(_root, "404.html");
                var body = File.Exists(notFound) ? File.ReadAllBytes(notFound) : "Not found."u8.ToArray();
                Send(response, 404, File.Exists(notFound) ? ContentTypes.For(notFound) : "text/plain; charset=utf-8", Inject(body, notFound), "/404.html", head);
                return;
            }

            Send(response, 200, ContentTypes.For(file), Inject(File.ReadAllBytes(file), file), rawPath.Split('?')[0], head);
        }
        catch (Exception exception) when (exception is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The browser went away mid-answer, or the site was swapped under a read: nothing to answer.
        }
    }

    private void AnswerPreview(string name, HttpListenerResponse response)
    {
        switch (name)
        {
            case "events":
                _events!.Subscribe(response);
                return;
            case "status":
                var json = System.Text.Json.JsonSerializer.Serialize(_currentErrors(), PreviewJson.Default.IReadOnlyListString);
                Send(response, 200, "application/json", Encoding.UTF8.GetBytes(json), "/_preview/status", head: false);
                return;
            case "preview.js" or "preview.css":
                using (var resource = Assembly.GetExecutingAssembly().GetManifestResourceStream("Generator.Serving." + name)!)
                using (var bytes = new MemoryStream())
                {
                    resource.CopyTo(bytes);
                    Send(response, 200, ContentTypes.For(name), bytes.ToArray(), "/_preview/" + name, head: false);
                }

                return;
            default:
                Send(response, 404, "text/plain; charset=utf-8", "Not found."u8.ToArray(), "/_preview/", head: false);
                return;
        }
    }

    /// <summary>In preview, HTML pages get the live-reload script and the error overlay's styles (both same-origin files, so the CSP holds).</summary>
    private byte[] Inject(byte[] body, string file)
    {
        if (_events is null || !file.EndsWith(".html", StringComparison.Ordinal))
        {
            return body;
        }

        var html = Encoding.UTF8.GetString(body);
        var at = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return body;
        }

        const string Tags = "<link rel=\"stylesheet\" href=\"/_preview/preview.css\"><script src=\"/_preview/preview.js\" defer></script>\n";
        return Encoding.UTF8.GetBytes(html.Insert(at, Tags));
    }

    private void Send(HttpListenerResponse response, int status, string contentType, byte[] body, string path, bool head)
    {
        response.StatusCode = status;
        foreach (var (name, value) in _headers.For(path))
        {
            response.Headers[name] = value;
        }

        if (_events is not null)
        {
            // The preview must always show the latest build, whatever production caches.
            response.Headers["Cache-Control"] = "no-store";
        }

        response.ContentType = contentType;
        response.ContentLength64 = body.Length;
        if (!head)
        {
            response.OutputStream.Write(body);
        }

        response.Close();
    }

    public void Dispose()
    {
        _events?.CloseAll();
        _listener.Close();
    }
}
