using System;
using System.IO;
using System.Net;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using VoiceLive;

namespace VoiceLive.Samples.SipAgent
{
    /// <summary>
    /// Receives the SIP webhook deliveries on a local HTTP listener: each delivery is verified with
    /// <see cref="SipWebhookValidator"/> (a bad signature gets 401 and is dropped), answered 200 at once, and queued for
    /// the agent. Answering first matters: the service waits for the answer, and the agent calls the service back.
    /// </summary>
    internal sealed class WebhookReceiver : IAsyncDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly Channel<SipWebhookEvent> _events = Channel.CreateUnbounded<SipWebhookEvent>();
        private readonly Task _loop;
        private SipWebhookValidator? _validator;

        public WebhookReceiver(string prefix)
        {
            _listener.Prefixes.Add(prefix);
            _listener.Start();
            Url = new Uri(prefix);
            _loop = Task.Run(ReceiveLoopAsync);
        }

        public Uri Url { get; }

        /// <summary>The validator, set once the registration's signing secret is known.</summary>
        public SipWebhookValidator Validator
        {
            set => _validator = value;
        }

        /// <summary>Waits for the next verified event of <paramref name="type"/> about <paramref name="callId"/> (any call when null).</summary>
        public async Task<SipWebhookEvent> WaitForAsync(string type, string? callId, CancellationToken cancellationToken)
        {
            while (true)
            {
                SipWebhookEvent evt = await _events.Reader.ReadAsync(cancellationToken);
                Console.WriteLine($"  webhook  {evt.Type} ({evt.Data.CallId}, {evt.Data.State}{(evt.Data.TerminalReason is { } reason ? ", " + reason : "")})");
                if (evt.Type == type && (callId is null || evt.Data.CallId == callId))
                {
                    return evt;
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            _listener.Stop();
            _events.Writer.TryComplete();
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

        private async Task ReceiveLoopAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context = await _listener.GetContextAsync();
                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);
                try
                {
                    SipWebhookValidator validator = _validator ?? throw new SipWebhookSignatureException(SipWebhookSignatureFailure.SignatureMismatch, "No signing secret yet.");
                    SipWebhookEvent evt = validator.Validate(BinaryData.FromBytes(body.ToArray()), name => context.Request.Headers[name]);
                    context.Response.StatusCode = 200;
                    context.Response.Close();
                    _events.Writer.TryWrite(evt);
                }
                catch (SipWebhookSignatureException ex)
                {
                    Console.WriteLine($"  webhook  refused: {ex.Failure}");
                    context.Response.StatusCode = 401;
                    context.Response.Close();
                }
            }
        }
    }
}
