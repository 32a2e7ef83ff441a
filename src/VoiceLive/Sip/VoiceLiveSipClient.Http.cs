using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using VoiceLive.Sip;

namespace VoiceLive
{
    public partial class VoiceLiveSipClient
    {
        // The path holds literal pieces at even positions and values to escape (ids) at odd ones.
        private async ValueTask<Response<T>> SendAsync<T>(RequestMethod method, string[] path, RequestContent? content, int success, JsonTypeInfo<T> type, bool async, CancellationToken cancellationToken)
        {
            using HttpMessage message = CreateMessage(method, path, content, success);
            Response response = await SendAsync(message, async, cancellationToken).ConfigureAwait(false);
            T value;
            try
            {
                value = JsonSerializer.Deserialize(response.Content.ToMemory().Span, type)
                    ?? throw new JsonException("The body is JSON null.");
            }
            catch (JsonException ex)
            {
                throw new RequestFailedException(response.Status, $"The service answered {response.Status} with a body that is not a {typeof(T).Name}: {ex.Message}", ex);
            }

            return Response.FromValue(value, response);
        }

        /// <summary>Sends one request whose answer has no body of interest.</summary>
        private async ValueTask<Response> SendAsync(RequestMethod method, string[] path, RequestContent? content, int success, bool async, CancellationToken cancellationToken)
        {
            using HttpMessage message = CreateMessage(method, path, content, success);
            return await SendAsync(message, async, cancellationToken).ConfigureAwait(false);
        }

        private HttpMessage CreateMessage(RequestMethod method, string[] path, RequestContent? content, int success)
        {
            HttpMessage message = _pipeline.CreateMessage();
            message.ResponseClassifier = new StatusCodeClassifier(new[] { (ushort)success });
            Request request = message.Request;
            request.Method = method;
            var uri = new RequestUriBuilder();
            uri.Reset(_endpoint);
            for (int i = 0; i < path.Length; i++)
            {
                uri.AppendPath(path[i], escape: i % 2 == 1);
            }

            uri.AppendQuery("api-version", _apiVersion, escapeValue: true);
            request.Uri = uri;
            request.Headers.Add(HttpHeader.Names.Accept, "application/json");
            if (content is not null)
            {
                request.Headers.Add(HttpHeader.Names.ContentType, "application/json");
                request.Content = content;
            }

            return message;
        }

        private async ValueTask<Response> SendAsync(HttpMessage message, bool async, CancellationToken cancellationToken)
        {
            if (async)
            {
                await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                _pipeline.Send(message, cancellationToken);
            }

            if (message.Response.IsError)
            {
                throw new RequestFailedException(message.Response, null, SipErrorParser.Instance);
            }

            return message.Response;
        }
    }
}
