using System.Threading;
using System.Threading.Tasks;
using VoiceLive.Resources;

namespace VoiceLive
{
    /// <summary>
    /// Turn-based input audio (Voice Live extension): the app marks where a user's turn starts and ends itself
    /// (<c>input_audio.turn.*</c>) instead of relying on server VAD, and can clear it (<c>input_audio.clear</c>).
    /// </summary>
    public class InputAudioResource
    {
        private readonly IClientEventSender _sender;

        internal InputAudioResource(IClientEventSender sender)
        {
            _sender = sender;
            Turn = new InputAudioTurnResource(sender);
        }

        /// <summary>For mocking only.</summary>
        protected InputAudioResource()
        {
            _sender = null!;
            Turn = null!;
        }

        /// <summary>Start, append to, end and cancel an explicit user turn.</summary>
        public virtual InputAudioTurnResource Turn { get; }

        /// <summary>Sends <c>input_audio.clear</c>: discards all turn-based input audio not yet committed.</summary>
        /// <param name="eventId">An optional client event id.</param>
        /// <param name="cancellationToken">Cancels waiting to send.</param>
        /// <returns>A task that completes when the frame is on the socket.</returns>
        public virtual Task ClearAsync(string? eventId = null, CancellationToken cancellationToken = default)
            => _sender.SendAsync(new ClientEventInputAudioClear { EventId = eventId }, cancellationToken).AsTask();
    }
}
