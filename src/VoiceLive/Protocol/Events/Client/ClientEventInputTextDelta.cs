using System;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>input_text.delta</c>: streams a chunk of user text into a user message item, so the model can start while the text is still arriving (for example from a speech recognizer or an upstream LLM).
    /// </summary>
    [WireEvent("input_text.delta", EventGroup.InputText, SentBy = "InputText.DeltaAsync")]
    public sealed class ClientEventInputTextDelta : ClientEvent
    {
        private string _id = string.Empty;
        private string _delta = string.Empty;

        /// <summary>Creates the event with no fields set; set the properties before sending.</summary>
        public ClientEventInputTextDelta()
            : base(WireNames.InputTextDelta)
        {
        }

        /// <summary>Creates the event with its required fields.</summary>
        /// <param name="id">The user message item (<c>id</c>) the text streams into; use the same id for every chunk and for <c>input_text.done</c>.</param>
        /// <param name="delta">The chunk of text to append (<c>delta</c>).</param>
        public ClientEventInputTextDelta(string id, string delta)
            : this()
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Delta = delta ?? throw new ArgumentNullException(nameof(delta));
        }

        /// <summary>The user message item (<c>id</c>) the text streams into; use the same id for every chunk and for <c>input_text.done</c>.</summary>
        [JsonPropertyName("id")]
        public string Id
        {
            get => _id;
            set => _id = value ?? string.Empty;
        }

        /// <summary>The chunk of text to append (<c>delta</c>).</summary>
        [JsonPropertyName("delta")]
        public string Delta
        {
            get => _delta;
            set => _delta = value ?? string.Empty;
        }

        /// <summary>The content part of the item the text goes to (<c>content_index</c>); the service assumes 0 when it is not sent.</summary>
        [JsonPropertyName("content_index")]
        public int? ContentIndex { get; set; }
    }
}
