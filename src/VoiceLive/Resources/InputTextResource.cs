using System;
using System.Threading;
using System.Threading.Tasks;
using VoiceLive.Resources;

namespace VoiceLive
{
    /// <summary>
    /// Streamed text input (Voice Live extension, api-version 2026-06-01-preview and later): the app streams a user's text
    /// as it is typed or recognised (<c>input_text.delta</c>) and marks it complete (<c>input_text.done</c>).
    /// </summary>
    public class InputTextResource
    {
        private readonly IClientEventSender _sender;

        internal InputTextResource(IClientEventSender sender) => _sender = sender;

        /// <summary>For mocking only.</summary>
        protected InputTextResource() => _sender = null!;

        /// <summary>Sends <c>input_text.delta</c>: the next piece of the text item <paramref name="id"/>.</summary>
        /// <param name="id">The id of the user text item being streamed.</param>
        /// <param name="delta">The text to append.</param>
        /// <param name="contentIndex">The content part (default 0 on the service).</param>
        /// <param name="eventId">An optional client event id.</param>
        /// <param name="cancellationToken">Cancels waiting to send.</param>
        /// <returns>A task that completes when the frame is on the socket.</returns>
        public virtual Task DeltaAsync(string id, string delta, int? contentIndex = null, string? eventId = null, CancellationToken cancellationToken = default)
        {
            if (delta is null)
            {
                throw new ArgumentNullException(nameof(delta));
            }

            return _sender.SendAsync(new ClientEventInputTextDelta { Id = RequireId(id), Delta = delta, ContentIndex = contentIndex, EventId = eventId }, cancellationToken).AsTask();
        }

        /// <summary>Sends <c>input_text.done</c>: the text item <paramref name="id"/> is complete.</summary>
        /// <param name="id">The id of the user text item.</param>
        /// <param name="contentIndex">The content part (default 0 on the service).</param>
        /// <param name="eventId">An optional client event id.</param>
        /// <param name="cancellationToken">Cancels waiting to send.</param>
        /// <returns>A task that completes when the frame is on the socket.</returns>
        public virtual Task DoneAsync(string id, int? contentIndex = null, string? eventId = null, CancellationToken cancellationToken = default)
            => _sender.SendAsync(new ClientEventInputTextDone { Id = RequireId(id), ContentIndex = contentIndex, EventId = eventId }, cancellationToken).AsTask();

        private static string RequireId(string id)
            => string.IsNullOrEmpty(id) ? throw new ArgumentException("An item id is required.", nameof(id)) : id;
    }
}
