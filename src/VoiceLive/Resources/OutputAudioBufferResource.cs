using System.Threading;
using System.Threading.Tasks;
using VoiceLive.Resources;

namespace VoiceLive
{
    /// <summary>The service-side output audio buffer (avatar and WebRTC modes): <c>output_audio_buffer.clear</c>.</summary>
    public class OutputAudioBufferResource
    {
        private readonly IClientEventSender _sender;

        internal OutputAudioBufferResource(IClientEventSender sender) => _sender = sender;

        /// <summary>For mocking only.</summary>
        protected OutputAudioBufferResource() => _sender = null!;

        /// <summary>
        /// Sends <c>output_audio_buffer.clear</c>: stops audio the service is still playing out (for example an avatar
        /// speaking) on barge-in; the service answers with <c>output_audio_buffer.cleared</c>.
        /// </summary>
        /// <param name="eventId">An optional client event id.</param>
        /// <param name="cancellationToken">Cancels waiting to send.</param>
        /// <returns>A task that completes when the frame is on the socket.</returns>
        public virtual Task ClearAsync(string? eventId = null, CancellationToken cancellationToken = default)
            => _sender.SendAsync(new ClientEventOutputAudioBufferClear { EventId = eventId }, cancellationToken).AsTask();
    }
}
