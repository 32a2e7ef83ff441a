using System;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using VoiceLive.Protocol.Json;
using VoiceLive.Resources;

namespace VoiceLive
{
    /// <summary>Conversation items: <c>conversation.item.create</c>, <c>.retrieve</c>, <c>.delete</c> and <c>.truncate</c>.</summary>
    public class ConversationItemResource
    {
        private readonly IClientEventSender _sender;

        internal ConversationItemResource(IClientEventSender sender) => _sender = sender;

        /// <summary>For mocking only.</summary>
        protected ConversationItemResource() => _sender = null!;

        /// <summary>
        /// Sends <c>conversation.item.create</c>: adds a message, a function call or a function call's output to the
        /// conversation; the service answers with <c>conversation.item.created</c>. It does not start a response by itself.
        /// </summary>
        /// <param name="item">The item, for example a <c>UserMessageItem</c> or a <c>FunctionCallOutputItem</c>.</param>
        /// <param name="previousItemId">The item to insert after; <c>root</c> inserts at the beginning; null appends.</param>
        /// <param name="eventId">An optional client event id.</param>
        /// <param name="cancellationToken">Cancels waiting to send.</param>
        /// <returns>A task that completes when the frame is on the socket.</returns>
        public virtual Task CreateAsync(ConversationRequestItem item, string? previousItemId = null, string? eventId = null, CancellationToken cancellationToken = default)
        {
            if (item is null)
            {
                throw new ArgumentNullException(nameof(item));
            }

            return _sender.SendAsync(new ClientEventConversationItemCreate { Item = item, PreviousItemId = previousItemId, EventId = eventId }, cancellationToken).AsTask();
        }

        /// <summary>
        /// Sends <c>conversation.item.create</c> with the app's own JSON for <c>item</c> (as Python's
        /// <c>conversation.item.create(item={...})</c> takes a dict, for example
        /// <c>{"type":"message","role":"user","content":[{"type":"input_text","text":"Hi"}]}</c>): copied verbatim.
        /// </summary>
        /// <param name="item">The UTF-8 JSON of the item object.</param>
        /// <param name="previousItemId">The item to insert after; <c>root</c> inserts at the beginning; null appends.</param>
        /// <param name="eventId">An optional client event id.</param>
        /// <param name="cancellationToken">Cancels waiting to send.</param>
        /// <returns>A task that completes when the frame is on the socket.</returns>
        /// <exception cref="ArgumentException"><paramref name="item"/> is not exactly one JSON object.</exception>
        public virtual Task CreateAsync(BinaryData item, string? previousItemId = null, string? eventId = null, CancellationToken cancellationToken = default)
        {
            BinaryData frame = RawEventBuilder.Build(WireNames.ConversationItemCreate, eventId, "item", RawEventBuilder.RequireObject(item, nameof(item)), "previous_item_id", previousItemId);
            return _sender.SendRawAsync(frame, cancellationToken).AsTask();
        }

        /// <summary>Sends <c>conversation.item.create</c> with the app's <see cref="JsonObject"/> for <c>item</c>; see <see cref="CreateAsync(BinaryData, string?, string?, CancellationToken)"/>.</summary>
        /// <param name="item">The item object.</param>
        /// <param name="previousItemId">The item to insert after; <c>root</c> inserts at the beginning; null appends.</param>
        /// <param name="eventId">An optional client event id.</param>
        /// <param name="cancellationToken">Cancels waiting to send.</param>
        /// <returns>A task that completes when the frame is on the socket.</returns>
        public virtual Task CreateAsync(JsonObject item, string? previousItemId = null, string? eventId = null, CancellationToken cancellationToken = default)
            => CreateAsync(RawEventBuilder.FromNode(item, nameof(item)), previousItemId, eventId, cancellationToken);

        /// <summary>Sends <c>conversation.item.delete</c>; the service answers with <c>conversation.item.deleted</c>, or an <c>error</c> for an unknown id.</summary>
        /// <param name="itemId">The item to delete.</param>
        /// <param name="eventId">An optional client event id.</param>
        /// <param name="cancellationToken">Cancels waiting to send.</param>
        /// <returns>A task that completes when the frame is on the socket.</returns>
        public virtual Task DeleteAsync(string itemId, string? eventId = null, CancellationToken cancellationToken = default)
            => _sender.SendAsync(new ClientEventConversationItemDelete { ItemId = RequireId(itemId), EventId = eventId }, cancellationToken).AsTask();

        /// <summary>Sends <c>conversation.item.retrieve</c>; the service answers with <c>conversation.item.retrieved</c> carrying the item.</summary>
        /// <param name="itemId">The item to read back.</param>
        /// <param name="eventId">An optional client event id.</param>
        /// <param name="cancellationToken">Cancels waiting to send.</param>
        /// <returns>A task that completes when the frame is on the socket.</returns>
        public virtual Task RetrieveAsync(string itemId, string? eventId = null, CancellationToken cancellationToken = default)
            => _sender.SendAsync(new ClientEventConversationItemRetrieve { ItemId = RequireId(itemId), EventId = eventId }, cancellationToken).AsTask();

        /// <summary>
        /// Sends <c>conversation.item.truncate</c>: after a barge-in, cuts an assistant item's audio (and transcript) at the
        /// point the user actually heard, so the model's memory matches what was played. The service answers with
        /// <c>conversation.item.truncated</c>.
        /// </summary>
        /// <param name="itemId">The assistant item to truncate.</param>
        /// <param name="contentIndex">The content part (usually 0).</param>
        /// <param name="audioEndMs">How many milliseconds of the item's audio were played; must not exceed the audio received.</param>
        /// <param name="eventId">An optional client event id.</param>
        /// <param name="cancellationToken">Cancels waiting to send.</param>
        /// <returns>A task that completes when the frame is on the socket.</returns>
        public virtual Task TruncateAsync(string itemId, int contentIndex, int audioEndMs, string? eventId = null, CancellationToken cancellationToken = default)
        {
            if (contentIndex < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(contentIndex));
            }

            if (audioEndMs < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(audioEndMs));
            }

            return _sender.SendAsync(
                new ClientEventConversationItemTruncate { ItemId = RequireId(itemId), ContentIndex = contentIndex, AudioEndMs = audioEndMs, EventId = eventId },
                cancellationToken).AsTask();
        }

        private static string RequireId(string itemId)
            => string.IsNullOrEmpty(itemId) ? throw new ArgumentException("An item id is required.", nameof(itemId)) : itemId;
    }
}
