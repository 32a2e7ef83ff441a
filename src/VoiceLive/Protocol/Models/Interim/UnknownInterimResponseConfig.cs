using System;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Models;

namespace VoiceLive
{
    /// <summary>
    /// A <see cref="InterimResponseConfig"/> whose <c>type</c> this version of the library does not know (or a JSON object without one).
    /// <see cref="RawJson"/> keeps the object exactly as received, and it is written back verbatim.
    /// </summary>
    public sealed class UnknownInterimResponseConfig : InterimResponseConfig, IUnknownUnionMember
    {
        /// <summary>Creates an unknown value from its discriminator and JSON.</summary>
        /// <param name="type">The wire <c>type</c>, or an empty string when the object had none.</param>
        /// <param name="rawJson">The JSON object.</param>
        public UnknownInterimResponseConfig(string type, BinaryData rawJson)
            : base(new InterimResponseConfigType(type))
        {
            RawJson = rawJson ?? throw new ArgumentNullException(nameof(rawJson));
        }

        /// <summary>The JSON object as received; written back unchanged.</summary>
        [JsonIgnore]
        public BinaryData RawJson { get; }
    }
}
