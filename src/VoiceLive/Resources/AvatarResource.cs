using System;
using System.Threading;
using System.Threading.Tasks;
using VoiceLive.Resources;

namespace VoiceLive
{
    /// <summary>The avatar's WebRTC signalling over the session (Voice Live extension).</summary>
    public class AvatarResource
    {
        private readonly IClientEventSender _sender;

        internal AvatarResource(IClientEventSender sender) => _sender = sender;

        /// <summary>For mocking only.</summary>
        protected AvatarResource() => _sender = null!;

        /// <summary>
        /// Sends <c>session.avatar.connect</c> with the client's SDP offer; the service answers with
        /// <c>session.avatar.connecting</c> carrying its SDP.
        /// </summary>
        /// <param name="clientSdp">The client's WebRTC SDP offer.</param>
        /// <param name="eventId">An optional client event id.</param>
        /// <param name="cancellationToken">Cancels waiting to send.</param>
        /// <returns>A task that completes when the frame is on the socket.</returns>
        public virtual Task ConnectAsync(string clientSdp, string? eventId = null, CancellationToken cancellationToken = default)
        {
            if (string.IsNullOrEmpty(clientSdp))
            {
                throw new ArgumentException("An SDP offer is required.", nameof(clientSdp));
            }

            return _sender.SendAsync(new ClientEventSessionAvatarConnect { ClientSdp = clientSdp, EventId = eventId }, cancellationToken).AsTask();
        }
    }
}
