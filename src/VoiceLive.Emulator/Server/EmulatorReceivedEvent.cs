using System;
using System.Text.Json.Nodes;

namespace VoiceLive.Emulator
{
    /// <summary>One message a client sent to the emulator, recorded in arrival order for test assertions.</summary>
    public sealed class EmulatorReceivedEvent
    {
        internal EmulatorReceivedEvent(int index, string? type, string? eventId, string json, bool isBinary, DateTimeOffset receivedAt)
        {
            Index = index;
            Type = type;
            EventId = eventId;
            Json = json;
            IsBinary = isBinary;
            ReceivedAt = receivedAt;
        }

        /// <summary>Zero-based position of this message on its connection.</summary>
        public int Index { get; }

        /// <summary>The event's <c>type</c> field, or null when the message was not a JSON object with a string <c>type</c>.</summary>
        public string? Type { get; }

        /// <summary>The event's <c>event_id</c> field, or null when absent.</summary>
        public string? EventId { get; }

        /// <summary>The message text exactly as received (binary messages are decoded as UTF-8).</summary>
        public string Json { get; }

        /// <summary>True when the client sent a binary frame (the protocol expects text).</summary>
        public bool IsBinary { get; }

        /// <summary>When the last frame of the message arrived.</summary>
        public DateTimeOffset ReceivedAt { get; }

        /// <summary>Parses <see cref="Json"/> into a fresh <see cref="JsonNode"/> (each call returns a new tree); throws for invalid JSON.</summary>
        /// <returns>The parsed message.</returns>
        public JsonNode ToJsonNode()
        {
            return JsonNode.Parse(Json) ?? throw new InvalidOperationException("The message is the JSON literal null.");
        }

        /// <inheritdoc />
        public override string ToString()
        {
            return Json;
        }
    }
}
