using System;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace VoiceLive
{
    /// <summary>Model responses: <c>response.create</c> and <c>response.cancel</c>.</summary>
    public class ResponseResource
    {
        private readonly VoiceLiveConnection _connection;

        internal ResponseResource(VoiceLiveConnection connection) => _connection = connection;

        /// <summary>For mocking only.</summary>
        protected ResponseResource() => _connection = null!;

        /// <summary>
        /// Sends <c>response.create</c>: asks the model to respond now (needed when server VAD is off or
        /// <c>create_response</c> is false, and after a function call's output). The service streams
        /// <c>response.created</c> … <c>response.done</c>.
        /// </summary>
        /// <param name="response">Per-response overrides (instructions, modalities, voice, tools, …); null uses the session's.</param>
        /// <param name="additionalInstructions">Instructions appended to the session's for this response only (<c>additional_instructions</c>, a Voice Live extension).</param>
        /// <param name="eventId">An optional client event id.</param>
        /// <param name="cancellationToken">Cancels waiting to send.</param>
        /// <returns>A task that completes when the frame is on the socket.</returns>
        public virtual Task CreateAsync(ResponseCreateParams? response = null, string? additionalInstructions = null, string? eventId = null, CancellationToken cancellationToken = default)
            => _connection.SendAsync(new ClientEventResponseCreate { Response = response, AdditionalInstructions = additionalInstructions, EventId = eventId }, cancellationToken).AsTask();

        /// <summary>
        /// Sends <c>response.cancel</c>: stops the response in progress; the service ends it with <c>response.done</c>
        /// and status <c>cancelled</c>.
        /// </summary>
        /// <param name="responseId">The response to cancel; null cancels the one in progress.</param>
        /// <param name="eventId">An optional client event id.</param>
        /// <param name="cancellationToken">Cancels waiting to send.</param>
        /// <returns>A task that completes when the frame is on the socket.</returns>
        public virtual Task CancelAsync(string? responseId = null, string? eventId = null, CancellationToken cancellationToken = default)
            => _connection.SendAsync(new ClientEventResponseCancel { ResponseId = responseId, EventId = eventId }, cancellationToken).AsTask();

        /// <summary>
        /// Sends <c>response.create</c> with the app's own JSON for <c>response</c> (as Python's
        /// <c>response.create(response={...})</c> takes a dict): copied verbatim.
        /// </summary>
        /// <param name="response">The UTF-8 JSON of the response object.</param>
        /// <param name="additionalInstructions">Instructions appended to the session's for this response only (<c>additional_instructions</c>).</param>
        /// <param name="eventId">An optional client event id.</param>
        /// <param name="cancellationToken">Cancels waiting to send.</param>
        /// <returns>A task that completes when the frame is on the socket.</returns>
        /// <exception cref="ArgumentException"><paramref name="response"/> is not exactly one JSON object.</exception>
        public virtual Task CreateAsync(BinaryData response, string? additionalInstructions = null, string? eventId = null, CancellationToken cancellationToken = default)
        {
            BinaryData frame = RawEventBuilder.Build(WireNames.ResponseCreate, eventId, "response", RawEventBuilder.RequireObject(response, nameof(response)), "additional_instructions", additionalInstructions);
            return _connection.SendRawAsync(frame, cancellationToken).AsTask();
        }

        /// <summary>Sends <c>response.create</c> with the app's <see cref="JsonObject"/> for <c>response</c>; see <see cref="CreateAsync(BinaryData, string?, string?, CancellationToken)"/>.</summary>
        /// <param name="response">The response object.</param>
        /// <param name="additionalInstructions">Instructions appended to the session's for this response only.</param>
        /// <param name="eventId">An optional client event id.</param>
        /// <param name="cancellationToken">Cancels waiting to send.</param>
        /// <returns>A task that completes when the frame is on the socket.</returns>
        public virtual Task CreateAsync(JsonObject response, string? additionalInstructions = null, string? eventId = null, CancellationToken cancellationToken = default)
            => CreateAsync(RawEventBuilder.FromNode(response, nameof(response)), additionalInstructions, eventId, cancellationToken);
    }
}
