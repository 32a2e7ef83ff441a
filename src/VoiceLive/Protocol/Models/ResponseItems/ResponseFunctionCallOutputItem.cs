using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>A function result in the conversation (<c>type</c> <c>function_call_output</c>).</summary>
    public sealed class ResponseFunctionCallOutputItem : ResponseItem
    {
        /// <summary>Creates an empty instance (the service sends these; for deserialization, tests and the emulator).</summary>
        public ResponseFunctionCallOutputItem()
            : base(ItemType.FunctionCallOutput)
        {
        }

        /// <summary>The call this answers (<c>call_id</c>).</summary>
        [JsonPropertyName("call_id")]
        public string CallId { get; set; } = string.Empty;

        /// <summary>The result (<c>output</c>).</summary>
        [JsonPropertyName("output")]
        public string Output { get; set; } = string.Empty;
    }
}
