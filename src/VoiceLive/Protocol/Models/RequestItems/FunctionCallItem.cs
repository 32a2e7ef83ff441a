using System;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>A function call the client adds to the conversation (<c>type</c> <c>function_call</c>).</summary>
    public sealed class FunctionCallItem : ConversationRequestItem
    {
        /// <summary>Creates an empty instance; set the properties before sending.</summary>
        public FunctionCallItem()
            : base(ItemType.FunctionCall)
        {
        }

        /// <summary>Creates an instance with the fields the service requires.</summary>
        /// <param name="name">The function's name (<c>name</c>).</param>
        /// <param name="callId">The call id that links the output to the call (<c>call_id</c>).</param>
        /// <param name="arguments">The arguments as a JSON string (<c>arguments</c>).</param>
        public FunctionCallItem(string name, string callId, string arguments)
            : base(ItemType.FunctionCall)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            CallId = callId ?? throw new ArgumentNullException(nameof(callId));
            Arguments = arguments ?? throw new ArgumentNullException(nameof(arguments));
        }

        /// <summary>The function's name (<c>name</c>).</summary>
        [JsonPropertyName("name")]
        public string Name { get; set; } = string.Empty;

        /// <summary>The call id that links the output to the call (<c>call_id</c>).</summary>
        [JsonPropertyName("call_id")]
        public string CallId { get; set; } = string.Empty;

        /// <summary>The arguments as a JSON string (<c>arguments</c>).</summary>
        [JsonPropertyName("arguments")]
        public string Arguments { get; set; } = string.Empty;

        /// <summary>The status of the item (<c>status</c>).</summary>
        [JsonPropertyName("status")]
        public ItemParamStatus? Status { get; set; }
    }
}
