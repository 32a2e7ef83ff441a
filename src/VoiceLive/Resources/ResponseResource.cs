using System;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using VoiceLive.Agents;
using VoiceLive.Protocol.Json;
using VoiceLive.Resources;

namespace VoiceLive
{
    /// <summary>
    /// Model responses: <c>response.create</c> and <c>response.cancel</c>, which response is active, and the barge-in
    /// helper <see cref="InterruptAsync(AudioPlaybackTracker, CancellationToken)"/>.
    /// </summary>
    public class ResponseResource
    {
        private readonly IClientEventSender _sender;
        private readonly ResponseLifecycle _lifecycle;

        internal ResponseResource(IClientEventSender sender, ResponseLifecycle lifecycle)
        {
            _sender = sender;
            _lifecycle = lifecycle;
        }

        /// <summary>For mocking only.</summary>
        protected ResponseResource()
        {
            _sender = null!;
            _lifecycle = new ResponseLifecycle();
        }

        /// <summary>
        /// True from the <c>response.created</c> the app's reader received until that response's <c>response.done</c>:
        /// the service refuses another <c>response.create</c> meanwhile. It follows the events as they are read, so it
        /// is exact for the code that handles each event in the <c>await foreach</c>.
        /// </summary>
        public virtual bool IsActive => _lifecycle.IsActive;

        /// <summary>The id of the active response (empty if the service gave none), or null when none is active.</summary>
        public virtual string? ActiveResponseId => _lifecycle.ActiveResponseId;

        /// <summary>
        /// Handles a barge-in (call it on <c>input_audio_buffer.speech_started</c>): sends <c>response.cancel</c> only
        /// when a response is active and nobody is cancelling it yet (with server VAD's <c>interrupt_response</c> the
        /// service cancels by itself, and a second cancel would earn a <c>response_cancel_not_active</c> error); then,
        /// when <paramref name="playback"/> is given, truncates the assistant item at the position actually played
        /// (<c>conversation.item.truncate</c>, or <c>conversation.item.delete</c> when nothing was heard) and resets the
        /// tracker. The app's own player must drop the audio it still holds (<see cref="InterruptionResult.DiscardedAudioMs"/>).
        /// </summary>
        /// <param name="playback">The tracker fed with the assistant's audio and what was played; null skips the truncation.</param>
        /// <param name="cancellationToken">Cancels waiting to send.</param>
        /// <returns>What was sent.</returns>
        public virtual async Task<InterruptionResult> InterruptAsync(AudioPlaybackTracker? playback = null, CancellationToken cancellationToken = default)
        {
            string? cancelled = _lifecycle.TryBeginCancel();
            if (cancelled is not null)
            {
                await _sender.SendAsync(new ClientEventResponseCancel { ResponseId = cancelled.Length == 0 ? null : cancelled }, cancellationToken).ConfigureAwait(false);
            }

            if (playback is null)
            {
                return new InterruptionResult(cancelled, null, null, itemDeleted: false, discardedAudioMs: 0);
            }

            int discarded = playback.ReceivedMs - playback.PlayedMs;
            ClientEvent? correction = playback.CreateInterruptionEvent();
            playback.Reset();
            switch (correction)
            {
                case ClientEventConversationItemTruncate truncate:
                    await _sender.SendAsync(truncate, cancellationToken).ConfigureAwait(false);
                    return new InterruptionResult(cancelled, truncate.ItemId, truncate.AudioEndMs, itemDeleted: false, discarded);
                case ClientEventConversationItemDelete delete:
                    await _sender.SendAsync(delete, cancellationToken).ConfigureAwait(false);
                    return new InterruptionResult(cancelled, delete.ItemId, null, itemDeleted: true, discarded);
                default:
                    return new InterruptionResult(cancelled, null, null, itemDeleted: false, discarded);
            }
        }

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
            => _sender.SendAsync(new ClientEventResponseCreate { Response = response, AdditionalInstructions = additionalInstructions, EventId = eventId }, cancellationToken).AsTask();

        /// <summary>
        /// Sends <c>response.cancel</c>: stops the response in progress; the service ends it with <c>response.done</c>
        /// and status <c>cancelled</c>.
        /// </summary>
        /// <param name="responseId">The response to cancel; null cancels the one in progress.</param>
        /// <param name="eventId">An optional client event id.</param>
        /// <param name="cancellationToken">Cancels waiting to send.</param>
        /// <returns>A task that completes when the frame is on the socket.</returns>
        public virtual Task CancelAsync(string? responseId = null, string? eventId = null, CancellationToken cancellationToken = default)
            => _sender.SendAsync(new ClientEventResponseCancel { ResponseId = responseId, EventId = eventId }, cancellationToken).AsTask();

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
            return _sender.SendRawAsync(frame, cancellationToken).AsTask();
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
