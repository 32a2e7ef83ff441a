using System;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>Forces a call of one function (<c>tool_choice</c> object with <c>type</c> <c>function</c>).</summary>
    public sealed class ToolChoiceFunctionSelection
    {
        /// <summary>Creates an empty instance; set the properties before sending.</summary>
        public ToolChoiceFunctionSelection()
        {
        }

        /// <summary>Creates an instance with the fields the service requires.</summary>
        /// <param name="name">The function's name (<c>name</c>).</param>
        public ToolChoiceFunctionSelection(string name)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
        }

        /// <summary>The selection kind (<c>type</c>), <c>function</c>.</summary>
        [JsonPropertyName("type")]
        public string Type { get; set; } = "function";

        /// <summary>The function's name (<c>name</c>).</summary>
        [JsonPropertyName("name")]
        public string Name { get; set; } = string.Empty;
    }
}
