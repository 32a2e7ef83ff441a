using System;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using VoiceLive.Protocol.Json;
using VoiceLive.Resources;

namespace VoiceLive
{
    /// <summary>The session's configuration: <c>session.update</c>, and the avatar's WebRTC handshake.</summary>
    public class SessionResource
    {
        private readonly IClientEventSender _sender;

        internal SessionResource(IClientEventSender sender)
        {
            _sender = sender;
            Avatar = new AvatarResource(sender);
        }

        /// <summary>For mocking only.</summary>
        protected SessionResource()
        {
            _sender = null!;
            Avatar = null!;
        }

        /// <summary>The avatar's WebRTC handshake (<c>session.avatar.connect</c>).</summary>
        public virtual AvatarResource Avatar { get; }

        /// <summary>
        /// Sends <c>session.update</c>: changes the session's instructions, voice, audio formats, turn detection, tools and
        /// so on. Only the fields that are set are sent; the service answers with <c>session.updated</c> (or an <c>error</c>).
        /// </summary>
        /// <param name="session">The fields to change.</param>
        /// <param name="eventId">An optional client event id, echoed in a resulting <c>error</c>.</param>
        /// <param name="cancellationToken">Cancels waiting to send; a frame already being written is finished.</param>
        /// <returns>A task that completes when the frame is on the socket.</returns>
        public virtual Task UpdateAsync(RequestSession session, string? eventId = null, CancellationToken cancellationToken = default)
        {
            if (session is null)
            {
                throw new ArgumentNullException(nameof(session));
            }

            _sender.TrackInputAudioFormat(session);
            return _sender.SendAsync(new ClientEventSessionUpdate { Session = session, EventId = eventId }, cancellationToken).AsTask();
        }

        /// <summary>
        /// Sends <c>session.update</c> with the app's own JSON for <c>session</c> (as Python's <c>session.update(session={...})</c>
        /// takes a dict): copied verbatim, so fields this version does not model go through too.
        /// </summary>
        /// <param name="session">The UTF-8 JSON of the session object.</param>
        /// <param name="eventId">An optional client event id, echoed in a resulting <c>error</c>.</param>
        /// <param name="cancellationToken">Cancels waiting to send; a frame already being written is finished.</param>
        /// <returns>A task that completes when the frame is on the socket.</returns>
        /// <exception cref="ArgumentException"><paramref name="session"/> is not exactly one JSON object.</exception>
        public virtual Task UpdateAsync(BinaryData session, string? eventId = null, CancellationToken cancellationToken = default)
        {
            ReadOnlyMemory<byte> json = RawEventBuilder.RequireObject(session, nameof(session));
            _sender.TrackInputAudioFormat(RawEventBuilder.TopLevelString(json.Span, "input_audio_format"));
            BinaryData frame = RawEventBuilder.Build(WireNames.SessionUpdate, eventId, "session", json);
            return _sender.SendRawAsync(frame, cancellationToken).AsTask();
        }

        /// <summary>Sends <c>session.update</c> with the app's <see cref="JsonObject"/> for <c>session</c>; see <see cref="UpdateAsync(BinaryData, string?, CancellationToken)"/>.</summary>
        /// <param name="session">The session object.</param>
        /// <param name="eventId">An optional client event id, echoed in a resulting <c>error</c>.</param>
        /// <param name="cancellationToken">Cancels waiting to send; a frame already being written is finished.</param>
        /// <returns>A task that completes when the frame is on the socket.</returns>
        public virtual Task UpdateAsync(JsonObject session, string? eventId = null, CancellationToken cancellationToken = default)
            => UpdateAsync(RawEventBuilder.FromNode(session, nameof(session)), eventId, cancellationToken);
    }
}
