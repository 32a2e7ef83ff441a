using System;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace VoiceLive.Emulator
{
    /// <summary><c>conversation.item.retrieve</c>, <c>.delete</c> and <c>.truncate</c>.</summary>
    internal sealed partial class SessionHandler
    {
        private async Task HandleItemRetrieveAsync(JsonObject evt, string? eventId)
        {
            JsonObject? snapshot = await FindItemAsync(evt, eventId).ConfigureAwait(false);
            if (snapshot is not null)
            {
                JsonObject retrieved = EmulatorJson.Event("conversation.item.retrieved");
                retrieved["item"] = snapshot;
                await SendEventAsync(retrieved).ConfigureAwait(false);
            }
        }

        private async Task HandleItemDeleteAsync(JsonObject evt, string? eventId)
        {
            string? itemId = GetString(evt, "item_id");
            bool removed;
            lock (_gate)
            {
                removed = itemId is not null && _conversation.Remove(itemId);
            }

            if (!removed)
            {
                await SendItemNotFoundAsync(itemId, eventId).ConfigureAwait(false);
                return;
            }

            JsonObject deleted = EmulatorJson.Event("conversation.item.deleted");
            deleted["item_id"] = itemId;
            await SendEventAsync(deleted).ConfigureAwait(false);
        }

        /// <summary>Shortens an assistant item's audio to what the user heard and deletes its transcript.</summary>
        private async Task HandleItemTruncateAsync(JsonObject evt, string? eventId)
        {
            string? itemId = GetString(evt, "item_id");
            int contentIndex = evt["content_index"] is JsonValue c && c.TryGetValue(out int ci) ? ci : 0;
            int? audioEndMs = evt["audio_end_ms"] is JsonValue a && a.TryGetValue(out int ae) ? ae : null;
            string? failure = null;
            string param = "item_id";
            bool found;
            lock (_gate)
            {
                ConversationItem? item = itemId is null ? null : _conversation.Find(itemId);
                found = item is not null;
                if (item is not null)
                {
                    JsonObject? part = item.Item["content"] is JsonArray content && contentIndex >= 0 && contentIndex < content.Count ? content[contentIndex] as JsonObject : null;
                    if (item.Role != "assistant" || part is null || GetString(part, "type") != "audio")
                    {
                        (failure, param) = ("Only the audio content of an assistant message item can be truncated.", "content_index");
                    }
                    else if (audioEndMs is not int end || end < 0 || end > item.AudioMs)
                    {
                        (failure, param) = ($"audio_end_ms ({audioEndMs?.ToString(CultureInfo.InvariantCulture) ?? "missing"}) must be between 0 and the item's audio length ({item.AudioMs} ms).", "audio_end_ms");
                    }
                    else
                    {
                        TruncateAudio(item, end);
                    }
                }
            }

            if (!found)
            {
                await SendItemNotFoundAsync(itemId, eventId).ConfigureAwait(false);
                return;
            }

            if (failure is not null)
            {
                await SendErrorAsync("invalid_value", failure, param, eventId).ConfigureAwait(false);
                return;
            }

            JsonObject truncated = EmulatorJson.Event("conversation.item.truncated");
            truncated["item_id"] = itemId;
            truncated["content_index"] = contentIndex;
            truncated["audio_end_ms"] = audioEndMs;
            await SendEventAsync(truncated).ConfigureAwait(false);
        }

        /// <summary>
        /// Cuts an assistant audio item at <paramref name="audioEndMs"/>; the caller holds the lock. Protocol: truncating
        /// deletes the item's transcript, so the context holds no text the user did not hear.
        /// </summary>
        private static void TruncateAudio(ConversationItem item, int audioEndMs)
        {
            item.AudioMs = Math.Min(item.AudioMs, audioEndMs);
            if (item.Item["content"] is JsonArray content && content.Count > 0 && content[0] is JsonObject part && GetString(part, "type") == "audio")
            {
                part["transcript"] = string.Empty;
            }
        }

        private async Task<JsonObject?> FindItemAsync(JsonObject evt, string? eventId)
        {
            string? itemId = GetString(evt, "item_id");
            JsonObject? snapshot = null;
            lock (_gate)
            {
                if (itemId is not null && _conversation.Find(itemId) is ConversationItem item)
                {
                    snapshot = (JsonObject)item.Item.DeepClone();
                }
            }

            if (snapshot is null)
            {
                await SendItemNotFoundAsync(itemId, eventId).ConfigureAwait(false);
            }

            return snapshot;
        }

        private Task SendItemNotFoundAsync(string? itemId, string? eventId)
        {
            return itemId is null
                ? SendErrorAsync("missing_required_parameter", "Missing required parameter: 'item_id'.", "item_id", eventId)
                : SendErrorAsync("item_not_found", $"Item with item_id '{itemId}' not found.", "item_id", eventId);
        }
    }
}
