using System;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json.Converters;

namespace VoiceLive
{
    /// <summary>
    /// <c>transcription_session.update</c>: (legacy, OpenAI-compatible) updates a transcription session with a free-form <c>session</c> object. Not part of the Voice Live event list; kept because the Python SDK sends it.
    /// </summary>
    [WireEvent("transcription_session.update", EventGroup.Session, SentBy = "TranscriptionSession.UpdateAsync")]
    public sealed class ClientEventTranscriptionSessionUpdate : ClientEvent
    {
        private BinaryData _session = BinaryData.FromString("{}");

        /// <summary>Creates the event with no fields set; set the properties before sending.</summary>
        public ClientEventTranscriptionSessionUpdate()
            : base(WireNames.TranscriptionSessionUpdate)
        {
        }

        /// <summary>Creates the event with its required fields.</summary>
        /// <param name="session">The transcription session configuration (<c>session</c>) as raw JSON, sent exactly as given.</param>
        public ClientEventTranscriptionSessionUpdate(BinaryData session)
            : this()
        {
            Session = session ?? throw new ArgumentNullException(nameof(session));
        }

        /// <summary>The transcription session configuration (<c>session</c>) as raw JSON, sent exactly as given.</summary>
        [JsonPropertyName("session")]
        [JsonConverter(typeof(RawJsonConverter))]
        public BinaryData Session
        {
            get => _session;
            set => _session = value ?? BinaryData.FromString("{}");
        }
    }
}
