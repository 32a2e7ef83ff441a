using System;
using System.Collections.Generic;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;
using VoiceLive.Transport;

namespace VoiceLive.Tests
{
    /// <summary>Hands the client a scripted socket and records the URL and headers of each connect.</summary>
    internal sealed class FakeConnector : IWebSocketConnector
    {
        private readonly Func<ScriptedWebSocket> _socketFactory;

        public FakeConnector(Func<ScriptedWebSocket>? socketFactory = null)
        {
            _socketFactory = socketFactory ?? (() => WithSessionCreated(new ScriptedWebSocket()));
        }

        public Uri? LastUri { get; private set; }

        public IReadOnlyList<KeyValuePair<string, string>> LastHeaders { get; private set; } = Array.Empty<KeyValuePair<string, string>>();

        public ScriptedWebSocket? LastSocket { get; private set; }

        /// <summary>When set, the upgrade is refused with this HTTP status.</summary>
        public int? RefuseWithStatus { get; set; }

        /// <summary>Failures thrown by the first attempts, one per attempt, before the connector succeeds.</summary>
        public Queue<Exception> FailFirst { get; } = new Queue<Exception>();

        /// <summary>Every attempt's headers, in order.</summary>
        public List<IReadOnlyList<KeyValuePair<string, string>>> Attempts { get; } = new List<IReadOnlyList<KeyValuePair<string, string>>>();

        public string? Header(string name)
        {
            foreach (KeyValuePair<string, string> header in LastHeaders)
            {
                if (string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase))
                {
                    return header.Value;
                }
            }

            return null;
        }

        public Task<WebSocket> ConnectAsync(Uri uri, IReadOnlyList<KeyValuePair<string, string>> headers, WebSocketSettings settings, CancellationToken cancellationToken)
        {
            LastUri = uri;
            LastHeaders = headers;
            Attempts.Add(headers);
            if (FailFirst.Count > 0)
            {
                throw FailFirst.Dequeue();
            }

            if (RefuseWithStatus is int status)
            {
                throw new VoiceLiveConnectionException($"refused with {status}", status, settings.ClientRequestId);
            }

            LastSocket = _socketFactory();
            return Task.FromResult<WebSocket>(LastSocket);
        }

        public static ScriptedWebSocket WithSessionCreated(ScriptedWebSocket socket)
        {
            socket.EnqueueText("{\"type\":\"session.created\",\"event_id\":\"evt_0\",\"session\":{\"id\":\"sess_1\",\"model\":\"gpt-realtime\"}}");
            return socket;
        }
    }
}
