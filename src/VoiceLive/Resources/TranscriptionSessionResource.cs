using System;
using System.Threading;
using System.Threading.Tasks;
using VoiceLive.Resources;

namespace VoiceLive
{
    /// <summary>
    /// <c>transcription_session.update</c>: a legacy event inherited from OpenAI-compatible transcription sessions, kept
    /// for parity with the Python package. Its <c>session</c> is free-form JSON.
    /// </summary>
    public class TranscriptionSessionResource
    {
        private readonly IClientEventSender _sender;

        internal TranscriptionSessionResource(IClientEventSender sender) => _sender = sender;

        /// <summary>For mocking only.</summary>
        protected TranscriptionSessionResource() => _sender = null!;

        /// <summary>Sends <c>transcription_session.update</c> with the given session JSON object.</summary>
        /// <param name="session">The session object as JSON.</param>
        /// <param name="eventId">An optional client event id.</param>
        /// <param name="cancellationToken">Cancels waiting to send.</param>
        /// <returns>A task that completes when the frame is on the socket.</returns>
        public virtual Task UpdateAsync(BinaryData session, string? eventId = null, CancellationToken cancellationToken = default)
        {
            if (session is null)
            {
                throw new ArgumentNullException(nameof(session));
            }

            return _sender.SendAsync(new ClientEventTranscriptionSessionUpdate { Session = session, EventId = eventId }, cancellationToken).AsTask();
        }
    }
}
