using System.Net;
using System.Text;

namespace Generator.Serving;

/// <summary>
/// Server-Sent Events to the open preview pages: <c>reload</c> after a good rebuild (or <c>css</c> with the new
/// stylesheet addresses when only styles changed), <c>errors</c> with the located messages after a broken edit.
/// </summary>
public sealed class PreviewEvents
{
    private readonly Lock _gate = new();
    private readonly List<HttpListenerResponse> _clients = [];

    public void Subscribe(HttpListenerResponse response)
    {
        response.ContentType = "text/event-stream";
        response.Headers["Cache-Control"] = "no-store";
        response.SendChunked = true;
        var hello = Encoding.UTF8.GetBytes("retry: 500\n\n");
        response.OutputStream.Write(hello);
        response.OutputStream.Flush();
        lock (_gate)
        {
            _clients.Add(response);
        }
    }

    public void Send(string name, string data)
    {
        var payload = Encoding.UTF8.GetBytes($"event: {name}\ndata: {data.Replace("\n", "\ndata: ", StringComparison.Ordinal)}\n\n");
        List<HttpListenerResponse> clients;
        lock (_gate)
        {
            clients = [.. _clients];
        }

        foreach (var client in clients)
        {
            try
            {
                client.OutputStream.Write(payload);
                client.OutputStream.Flush();
            }
            catch (Exception exception) when (exception is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
            {
                // The page was closed or reloaded; forget it.
                lock (_gate)
                {
                    _clients.Remove(client);
                }
            }
        }
    }

    public void CloseAll()
    {
        lock (_gate)
        {
            foreach (var client in _clients)
            {
                try
                {
                    client.Abort();
                }
                catch (ObjectDisposedException)
                {
                    // Already gone.
                }
            }

            _clients.Clear();
        }
    }
}
