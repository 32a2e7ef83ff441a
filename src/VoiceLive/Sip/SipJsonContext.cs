using System.Text.Json;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive.Sip
{
    /// <summary>Source-generated metadata of the SIP REST answers and webhook events (trim- and AOT-safe reading).</summary>
    [JsonSourceGenerationOptions(
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = JsonLimits.MaxDepth)]
    [JsonSerializable(typeof(SipAcceptCallResult))]
    [JsonSerializable(typeof(SipRejectCallResult))]
    [JsonSerializable(typeof(SipReferCallResult))]
    [JsonSerializable(typeof(SipWebhookEndpoint))]
    [JsonSerializable(typeof(SipWebhookListWire))]
    [JsonSerializable(typeof(SipConfiguration))]
    [JsonSerializable(typeof(SipWebhookEvent))]
    [JsonSerializable(typeof(SipErrorWire))]
    internal sealed partial class SipJsonContext : JsonSerializerContext
    {
    }
}
