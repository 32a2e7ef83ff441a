using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace VoiceLive.Emulator
{
    /// <summary>
    /// Delivers webhook events one at a time, in the order they happened, off the request that caused them: a
    /// receiver that calls back into the emulator (accepting the call it was told about) must not wait on itself.
    /// </summary>
    internal sealed class SipWebhookDispatcher : IAsyncDisposable
    {
        private readonly Channel<(EmulatorSipWebhook Webhook, string EventId, string Type, string CallId, string Body, TaskCompletionSource Done)> _queue =
            Channel.CreateUnbounded<(EmulatorSipWebhook, string, string, string, string, TaskCompletionSource)>(new UnboundedChannelOptions { SingleReader = true });

        private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
        private readonly object _gate = new();
        private readonly List<EmulatorSipDelivery> _deliveries = new();
        private readonly Task _loop;

        public SipWebhookDispatcher()
        {
            _loop = Task.Run(RunAsync);
        }

        public IReadOnlyList<EmulatorSipDelivery> Deliveries
        {
            get
            {
                lock (_gate)
                {
                    return _deliveries.ToArray();
                }
            }
        }

        public Task Enqueue(EmulatorSipWebhook webhook, string eventId, string type, string callId, string body)
        {
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (!_queue.Writer.TryWrite((webhook, eventId, type, callId, body, done)))
            {
                done.TrySetResult();
            }

            return done.Task;
        }

        public async ValueTask DisposeAsync()
        {
            _queue.Writer.TryComplete();
            await _loop.ConfigureAwait(false);
            _http.Dispose();
        }

        private async Task RunAsync()
        {
            await foreach (var item in _queue.Reader.ReadAllAsync().ConfigureAwait(false))
            {
                int status = await DeliverAsync(item.Webhook, item.EventId, item.Body).ConfigureAwait(false);
                lock (_gate)
                {
                    _deliveries.Add(new EmulatorSipDelivery(item.Webhook.Id, item.EventId, item.Type, item.CallId, status));
                }

                item.Done.TrySetResult();
            }
        }

        private async Task<int> DeliverAsync(EmulatorSipWebhook webhook, string eventId, string body)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(body);
            DateTimeOffset now = DateTimeOffset.UtcNow;

            // Protocol (Standard Webhooks): during a rotation's grace period the delivery carries a signature by each secret.
            string signature = VoiceLive.SipWebhookValidator.ComputeSignature(webhook.SigningSecret, eventId, now, bytes);
            if (webhook.PreviousSigningSecret is string previous)
            {
                signature += " " + VoiceLive.SipWebhookValidator.ComputeSignature(previous, eventId, now, bytes);
            }

            using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url) { Content = new ByteArrayContent(bytes) };
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            request.Headers.Add(VoiceLive.SipWebhookValidator.IdHeader, eventId);
            request.Headers.Add(VoiceLive.SipWebhookValidator.TimestampHeader, now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.Add(VoiceLive.SipWebhookValidator.SignatureHeader, signature);
            try
            {
                using HttpResponseMessage response = await _http.SendAsync(request).ConfigureAwait(false);
                return (int)response.StatusCode;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // An unreachable receiver is recorded as status 0, as the service records a failed delivery; it does not stop the emulator.
                return 0;
            }
        }
    }
}
