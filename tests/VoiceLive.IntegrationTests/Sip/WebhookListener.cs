using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace VoiceLive.IntegrationTests.Sip
{
    /// <summary>A loopback HTTP listener that answers 200 and hands each webhook delivery (body and the three signature headers) to the test.</summary>
    internal sealed class WebhookListener : IAsyncDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly Channel<(BinaryData Body, string? Id, string? Timestamp, string? Signature)> _received = Channel.CreateUnbounded<(BinaryData, string?, string?, string?)>();
        private readonly Task _loop;

        public WebhookListener()
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            int port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            Url = new Uri($"http://127.0.0.1:{port}/hooks/");
            _listener.Prefixes.Add(Url.AbsoluteUri);
            _listener.Start();
            _loop = Task.Run(LoopAsync);
        }

        public Uri Url { get; }

        public async Task<(BinaryData Body, string? Id, string? Timestamp, string? Signature)> NextAsync()
            => await _received.Reader.ReadAsync().AsTask().WaitAsync(Harness.Timeout);

        public async ValueTask DisposeAsync()
        {
            _listener.Stop();
            try
            {
                await _loop;
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                // Stopping the listener ends the pending GetContextAsync with one of these.
            }

            _listener.Close();
        }

        private async Task LoopAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context = await _listener.GetContextAsync();
                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);
                context.Response.StatusCode = 200;
                context.Response.Close();
                _received.Writer.TryWrite((BinaryData.FromBytes(body.ToArray()), context.Request.Headers["webhook-id"], context.Request.Headers["webhook-timestamp"], context.Request.Headers["webhook-signature"]));
            }
        }
    }
}
