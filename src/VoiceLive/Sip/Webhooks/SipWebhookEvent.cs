using System;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json.Converters;

namespace VoiceLive
{
    /// <summary>
    /// One webhook delivery of a SIP call lifecycle event, as <see cref="SipWebhookValidator"/> returns it after checking
    /// the signature: the envelope <c>{ "id", "object": "event", "created_at", "type", "data" }</c>, whose
    /// <see cref="Type"/> is a <c>realtime.call.*</c> name (<see cref="ServerEventType.RealtimeCallIncoming"/> and the others).
    /// </summary>
    public sealed class SipWebhookEvent
    {
        /// <summary>The event's identifier (<c>id</c>); deliveries of the same event repeat it, so use it to drop duplicates.</summary>
        [JsonPropertyName("id")]
        public string Id { get; set; } = string.Empty;

        /// <summary>The object type (<c>object</c>), <c>event</c>.</summary>
        [JsonPropertyName("object")]
        public string? Object { get; set; }

        /// <summary>When the event happened (<c>created_at</c>, Unix seconds on the wire).</summary>
        [JsonPropertyName("created_at")]
        [JsonConverter(typeof(UnixSecondsConverter))]
        public DateTimeOffset? CreatedAt { get; set; }

        /// <summary>The event type (<c>type</c>), for example <c>realtime.call.incoming</c>.</summary>
        [JsonPropertyName("type")]
        public string Type { get; set; } = string.Empty;

        /// <summary>The event's data (<c>data</c>).</summary>
        [JsonPropertyName("data")]
        public SipWebhookEventData Data { get; set; } = new SipWebhookEventData();
    }
}
