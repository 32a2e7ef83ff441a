using System;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json.Converters;

namespace VoiceLive
{
    /// <summary>Why a response failed (<c>status_details</c> with <c>type</c> <c>failed</c>). <see cref="Error"/> keeps the service's error exactly as sent; <see cref="Message"/> and <see cref="Code"/> read it.</summary>
    public sealed class ResponseFailedDetails : ResponseStatusDetails
    {
        /// <summary>Creates an empty instance (the service sends these; for deserialization, tests and the emulator).</summary>
        public ResponseFailedDetails()
            : base(ResponseStatus.Failed)
        {
        }

        /// <summary>The <c>message</c> of <see cref="Error"/> when it is an object with a string message, or the raw text of <see cref="Error"/> otherwise; null when the service sent no error.</summary>
        [JsonIgnore]
        public string? Message => RawJsonConverter.ReadErrorField(Error, "message", fallbackToText: true);

        /// <summary>The <c>code</c> of <see cref="Error"/> when it is an object with a string code.</summary>
        [JsonIgnore]
        public string? Code => RawJsonConverter.ReadErrorField(Error, "code", fallbackToText: false);

        /// <summary>The error as raw JSON (<c>error</c>), usually an object with <c>type</c>, <c>code</c> and <c>message</c>.</summary>
        [JsonPropertyName("error")]
        [JsonConverter(typeof(RawJsonConverter))]
        public BinaryData? Error { get; set; }
    }
}
