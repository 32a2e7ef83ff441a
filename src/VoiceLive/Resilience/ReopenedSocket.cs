using System.Net.WebSockets;

namespace VoiceLive.Resilience
{
    /// <summary>A new connection for a resumed session: its socket, the first event it sent (<c>session.created</c>) and its request id.</summary>
    internal sealed class ReopenedSocket
    {
        public ReopenedSocket(WebSocket socket, ServerEvent firstEvent, string clientRequestId)
        {
            Socket = socket;
            FirstEvent = firstEvent;
            ClientRequestId = clientRequestId;
        }

        public WebSocket Socket { get; }

        public ServerEvent FirstEvent { get; }

        public string ClientRequestId { get; }
    }
}
