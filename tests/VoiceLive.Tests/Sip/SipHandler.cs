using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core.Pipeline;

namespace VoiceLive.Tests.Sip
{
    /// <summary>A scripted HTTP handler under Azure.Core's HttpClientTransport: records every request and answers from a queue.</summary>
    internal sealed class SipHandler : HttpMessageHandler
    {
        private readonly Queue<(int Status, string? Body)> _answers = new();

        public List<(HttpMethod Method, Uri Uri, Dictionary<string, string> Headers, string Body)> Requests { get; } = new();

        public SipHandler Answer(int status, string? body = null)
        {
            _answers.Enqueue((status, body));
            return this;
        }

        public HttpClientTransport Transport() => new HttpClientTransport(new HttpClient(this));

        // The synchronous client methods go through HttpClient.Send; the recorded answer is the same.
        protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
            => SendAsync(request, cancellationToken).GetAwaiter().GetResult();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var h in request.Headers)
            {
                headers[h.Key] = string.Join(",", h.Value);
            }

            if (request.Content is not null)
            {
                foreach (var h in request.Content.Headers)
                {
                    headers[h.Key] = string.Join(",", h.Value);
                }
            }

            string body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
            Requests.Add((request.Method, request.RequestUri!, headers, body));
            if (_answers.Count == 0)
            {
                throw new InvalidOperationException($"No scripted answer for request #{Requests.Count}: {request.Method} {request.RequestUri}.");
            }

            (int status, string? text) = _answers.Dequeue();
            var response = new HttpResponseMessage((HttpStatusCode)status);
            if (text is not null)
            {
                response.Content = new StringContent(text, Encoding.UTF8, "application/json");
            }

            return response;
        }
    }
}
