using System;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>The result of a function call, which the client adds to the conversation (<c>type</c> <c>function_call_output</c>).</summary>
    public sealed class FunctionCallOutputItem : ConversationRequestItem
    {
        /// <summary>Creates an empty instance; set the properties before sending.</summary>
        public FunctionCallOutputItem()
            : base(ItemType.FunctionCallOutput)
        {
        }

        /// <summary>Creates an instance with the fields the service requires.</summary>
        /// <param name="callId">The <c>call_id</c> of the call this answers.</param>
        /// <param name="output">The result, usually a JSON string (<c>output</c>).</param>
        public FunctionCallOutputItem(string callId, string output)
            : base(ItemType.FunctionCallOutput)
        {
            CallId = callId ?? throw new ArgumentNullException(nameof(callId));
            Output = output ?? throw new ArgumentNullException(nameof(output));
        }

        /// <summary>The <c>call_id</c> of the call this answers.</summary>
        [JsonPropertyName("call_id")]
        public string CallId { get; set; } = string.Empty;

        /// <summary>The result, usually a JSON string (<c>output</c>).</summary>
        [JsonPropertyName("output")]
        public string Output { get; set; } = string.Empty;

        /// <summary>The status of the item (<c>status</c>).</summary>
        [JsonPropertyName("status")]
        public ItemParamStatus? Status { get; set; }
    }
}
