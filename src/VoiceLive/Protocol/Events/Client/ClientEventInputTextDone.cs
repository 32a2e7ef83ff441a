using System;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>input_text.done</c>: marks the streamed user text of an item (see <c>input_text.delta</c>) as complete.
    /// </summary>
    [WireEvent("input_text.done", EventGroup.InputText, SentBy = "InputText.DoneAsync")]
    public sealed class ClientEventInputTextDone : ClientEvent
    {
        private string _id = string.Empty;

        /// <summary>Creates the event with no fields set; set the properties before sending.</summary>
        public ClientEventInputTextDone()
            : base(WireNames.InputTextDone)
        {
        }

        /// <summary>Creates the event with its required fields.</summary>
        /// <param name="id">The user message item (<c>id</c>) whose streamed text is complete.</param>
        public ClientEventInputTextDone(string id)
            : this()
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
        }

        /// <summary>The user message item (<c>id</c>) whose streamed text is complete.</summary>
        [JsonPropertyName("id")]
        public string Id
        {
            get => _id;
            set => _id = value ?? string.Empty;
        }

        /// <summary>The content part that is complete (<c>content_index</c>); the service assumes 0 when it is not sent.</summary>
        [JsonPropertyName("content_index")]
        public int? ContentIndex { get; set; }
    }
}
