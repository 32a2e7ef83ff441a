using System;
using System.Threading;
using System.Threading.Tasks;
using VoiceLive.Resources;

namespace VoiceLive
{
    /// <summary>An explicit user turn (Voice Live extension): <c>input_audio.turn.start</c>, <c>.append</c>, <c>.end</c>, <c>.cancel</c>.</summary>
    public class InputAudioTurnResource
    {
        private readonly IClientEventSender _sender;

        internal InputAudioTurnResource(IClientEventSender sender) => _sender = sender;

        /// <summary>For mocking only.</summary>
        protected InputAudioTurnResource() => _sender = null!;

        /// <summary>Sends <c>input_audio.turn.start</c>: a new user turn with the given id begins.</summary>
        /// <param name="turnId">An id the app chooses for the turn.</param>
        /// <param name="eventId">An optional client event id.</param>
        /// <param name="cancellationToken">Cancels waiting to send.</param>
        /// <returns>A task that completes when the frame is on the socket.</returns>
        public virtual Task StartAsync(string turnId, string? eventId = null, CancellationToken cancellationToken = default)
            => _sender.SendAsync(new ClientEventInputAudioTurnStart { TurnId = RequireTurnId(turnId), EventId = eventId }, cancellationToken).AsTask();

        /// <summary>Sends <c>input_audio.turn.append</c>: audio of the turn, in the session's input format (the library base64-encodes it).</summary>
        /// <param name="turnId">The turn the audio belongs to.</param>
        /// <param name="audio">The audio bytes.</param>
        /// <param name="eventId">An optional client event id.</param>
        /// <param name="cancellationToken">Cancels waiting to send.</param>
        /// <returns>A task that completes when the frame is on the socket.</returns>
        public virtual ValueTask AppendAsync(string turnId, ReadOnlyMemory<byte> audio, string? eventId = null, CancellationToken cancellationToken = default)
            => _sender.SendAsync(new ClientEventInputAudioTurnAppend { TurnId = RequireTurnId(turnId), Audio = audio, EventId = eventId }, cancellationToken);

        /// <summary>Sends <c>input_audio.turn.end</c>: the turn is complete; the service commits it and may respond.</summary>
        /// <param name="turnId">The turn that ended.</param>
        /// <param name="eventId">An optional client event id.</param>
        /// <param name="cancellationToken">Cancels waiting to send.</param>
        /// <returns>A task that completes when the frame is on the socket.</returns>
        public virtual Task EndAsync(string turnId, string? eventId = null, CancellationToken cancellationToken = default)
            => _sender.SendAsync(new ClientEventInputAudioTurnEnd { TurnId = RequireTurnId(turnId), EventId = eventId }, cancellationToken).AsTask();

        /// <summary>Sends <c>input_audio.turn.cancel</c>: the turn's audio is discarded.</summary>
        /// <param name="turnId">The turn to cancel.</param>
        /// <param name="eventId">An optional client event id.</param>
        /// <param name="cancellationToken">Cancels waiting to send.</param>
        /// <returns>A task that completes when the frame is on the socket.</returns>
        public virtual Task CancelAsync(string turnId, string? eventId = null, CancellationToken cancellationToken = default)
            => _sender.SendAsync(new ClientEventInputAudioTurnCancel { TurnId = RequireTurnId(turnId), EventId = eventId }, cancellationToken).AsTask();

        private static string RequireTurnId(string turnId)
            => string.IsNullOrEmpty(turnId) ? throw new ArgumentException("A turn id is required.", nameof(turnId)) : turnId;
    }
}
