using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace VoiceLive.Protocol.Json.FastPath
{
    /// <summary>The member names the fast path reads, and the check that they are every member of its event classes.</summary>
    internal sealed partial class ServerEventReader
    {
        // Every JSON member name Classify recognises; "type" is the discriminator.
        private static readonly string[] s_readMembers =
        {
            "type", "event_id", "response_id", "item_id", "output_index", "content_index", "delta",
        };

        /// <summary>The event classes the fast path builds.</summary>
        internal static IReadOnlyList<Type> FastPathTypes { get; } = new[]
        {
            typeof(ServerEventResponseAudioDelta),
            typeof(ServerEventResponseAudioTranscriptDelta),
            typeof(ServerEventResponseTextDelta),
        };

        // Declared after the lists above: static initializers run in textual order.
        private static readonly bool s_coversEveryMember = UnreadMembers().Count == 0;

        [Flags]
        private enum Field
        {
            None = 0,
            Type = 1,
            EventId = 2,
            ResponseId = 4,
            ItemId = 8,
            OutputIndex = 16,
            ContentIndex = 32,
            Delta = 64,
            Unknown = 128,
        }

        /// <summary>
        /// The "Class.member" names of every serialized member of a fast-path event class that this reader does not read;
        /// empty when the fast path can build each class completely.
        /// </summary>
        internal static IReadOnlyList<string> UnreadMembers()
        {
            var unread = new List<string>();
            var known = new HashSet<string>(s_readMembers, StringComparer.Ordinal);
            foreach (Type type in FastPathTypes)
            {
                JsonTypeInfo info = VoiceLiveJson.RequireTypeInfo(type);
                foreach (JsonPropertyInfo property in info.Properties)
                {
                    // A member STJ neither reads nor writes ([JsonIgnore], for example RawJson) is not on the wire.
                    if ((property.Get is not null || property.Set is not null) && !known.Contains(property.Name))
                    {
                        unread.Add(type.Name + "." + property.Name);
                    }
                }
            }

            return unread;
        }

        private static Field Classify(ref Utf8JsonReader reader)
        {
            if (reader.ValueIsEscaped || reader.HasValueSequence)
            {
                return ClassifySlow(ref reader);
            }

            // One length switch and one compare per member, instead of trying every name in turn.
            ReadOnlySpan<byte> name = reader.ValueSpan;
            switch (name.Length)
            {
                case 4:
                    return name.SequenceEqual("type"u8) ? Field.Type : Field.Unknown;
                case 5:
                    return name.SequenceEqual("delta"u8) ? Field.Delta : Field.Unknown;
                case 7:
                    return name.SequenceEqual("item_id"u8) ? Field.ItemId : Field.Unknown;
                case 8:
                    return name.SequenceEqual("event_id"u8) ? Field.EventId : Field.Unknown;
                case 11:
                    return name.SequenceEqual("response_id"u8) ? Field.ResponseId : Field.Unknown;
                case 12:
                    return name.SequenceEqual("output_index"u8) ? Field.OutputIndex : Field.Unknown;
                case 13:
                    return name.SequenceEqual("content_index"u8) ? Field.ContentIndex : Field.Unknown;
                default:
                    return Field.Unknown;
            }
        }

        private static Field ClassifySlow(ref Utf8JsonReader reader)
        {
            // Escaped member names (for example "d\u0065lta") are legal JSON: ValueTextEquals unescapes.
            return reader.ValueTextEquals("delta"u8) ? Field.Delta
                : reader.ValueTextEquals("type"u8) ? Field.Type
                : reader.ValueTextEquals("event_id"u8) ? Field.EventId
                : reader.ValueTextEquals("response_id"u8) ? Field.ResponseId
                : reader.ValueTextEquals("item_id"u8) ? Field.ItemId
                : reader.ValueTextEquals("output_index"u8) ? Field.OutputIndex
                : reader.ValueTextEquals("content_index"u8) ? Field.ContentIndex
                : Field.Unknown;
        }
    }
}
