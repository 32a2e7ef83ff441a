using System;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json.Converters;

namespace VoiceLive
{
    /// <summary>A function the client implements and the model may call (<c>type</c> <c>function</c>).</summary>
    public sealed class FunctionTool : Tool
    {
        /// <summary>Creates an empty instance; set the properties before sending.</summary>
        public FunctionTool()
            : base(ToolType.Function)
        {
        }

        /// <summary>Creates an instance with the fields the service requires.</summary>
        /// <param name="name">The function's name (<c>name</c>).</param>
        public FunctionTool(string name)
            : base(ToolType.Function)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
        }

        /// <summary>The function's name (<c>name</c>).</summary>
        [JsonPropertyName("name")]
        public string Name { get; set; } = string.Empty;

        /// <summary>What the function does, for the model (<c>description</c>).</summary>
        [JsonPropertyName("description")]
        public string? Description { get; set; }

        /// <summary>The JSON schema of the arguments (<c>parameters</c>), as raw JSON; for example <c>BinaryData.FromString("{\"type\":\"object\"}")</c>.</summary>
        [JsonPropertyName("parameters")]
        [JsonConverter(typeof(RawJsonConverter))]
        public BinaryData? Parameters { get; set; }
    }
}
