using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>A function call the model made (<c>type</c> <c>function_call</c>); answer it with a <see cref="FunctionCallOutputItem"/>.</summary>
    public sealed class ResponseFunctionCallItem : ResponseItem
    {
        /// <summary>Creates an empty instance (the service sends these; for deserialization, tests and the emulator).</summary>
        public ResponseFunctionCallItem()
            : base(ItemType.FunctionCall)
        {
        }

        /// <summary>The function's name (<c>name</c>).</summary>
        [JsonPropertyName("name")]
        public string Name { get; set; } = string.Empty;

        /// <summary>The call id to answer with (<c>call_id</c>).</summary>
        [JsonPropertyName("call_id")]
        public string CallId { get; set; } = string.Empty;

        /// <summary>The arguments as a JSON string (<c>arguments</c>).</summary>
        [JsonPropertyName("arguments")]
        public string Arguments { get; set; } = string.Empty;

        /// <summary>The state of the item (<c>status</c>).</summary>
        [JsonPropertyName("status")]
        public ResponseItemStatus? Status { get; set; }
    }
}
