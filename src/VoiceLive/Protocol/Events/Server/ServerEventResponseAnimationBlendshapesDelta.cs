using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json.Converters;

namespace VoiceLive
{
    /// <summary>
    /// <c>response.animation_blendshapes.delta</c>: a batch of facial blendshape frames for animating an avatar in sync with the audio (session <c>animation.outputs</c> includes <c>blendshapes</c>).
    /// </summary>
    [WireEvent("response.animation_blendshapes.delta", EventGroup.Avatar)]
    public sealed class ServerEventResponseAnimationBlendshapesDelta : ServerEvent
    {
        private string _responseId = string.Empty;
        private string _itemId = string.Empty;

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventResponseAnimationBlendshapesDelta()
            : base(WireNames.ResponseAnimationBlendshapesDelta)
        {
        }

        /// <summary>The response (<c>response_id</c>) this event belongs to.</summary>
        [JsonPropertyName("response_id")]
        public string ResponseId
        {
            get => _responseId;
            set => _responseId = value ?? string.Empty;
        }

        /// <summary>The output item (<c>item_id</c>) this event belongs to.</summary>
        [JsonPropertyName("item_id")]
        public string ItemId
        {
            get => _itemId;
            set => _itemId = value ?? string.Empty;
        }

        /// <summary>The index of the item in the response's <c>output</c> (<c>output_index</c>).</summary>
        [JsonPropertyName("output_index")]
        public int OutputIndex { get; set; }

        /// <summary>The index of the content part within the item's <c>content</c> (<c>content_index</c>).</summary>
        [JsonPropertyName("content_index")]
        public int ContentIndex { get; set; }

        /// <summary>The blendshape frames (<c>frames</c>) as the raw JSON value: usually an array of frames, each an array of blendshape weights, but the protocol also allows a string. Read the numeric form with <see cref="GetFrames"/> or <see cref="TryGetFrames"/>; null when the service sent none.</summary>
        [JsonPropertyName("frames")]
        [JsonConverter(typeof(RawJsonConverter))]
        public BinaryData? Frames { get; set; }

        /// <summary>The index of the first frame of this batch in the item's frame sequence (<c>frame_index</c>).</summary>
        [JsonPropertyName("frame_index")]
        public int FrameIndex { get; set; }

        /// <summary>
        /// Reads <see cref="Frames"/> as numbers: one array of blendshape weights per frame, in the order the
        /// service sent them. Use this when the service sends the documented array form.
        /// </summary>
        /// <returns>The frames; empty when the service sent no <c>frames</c> or <c>null</c>.</returns>
        /// <exception cref="FormatException"><c>frames</c> is not an array of number arrays (for example the string form); read <see cref="Frames"/> instead.</exception>
        public IReadOnlyList<float[]> GetFrames()
        {
            if (TryGetFrames(out IReadOnlyList<float[]> frames))
            {
                return frames;
            }

            throw new FormatException("The blendshape frames are not an array of number arrays; read the raw JSON in Frames.");
        }

        /// <summary>
        /// Tries to read <see cref="Frames"/> as numbers: one array of blendshape weights per frame.
        /// </summary>
        /// <param name="frames">The frames when the method returns true (empty when the service sent none); otherwise empty.</param>
        /// <returns>False when <c>frames</c> has another shape, such as the string form the protocol also allows.</returns>
        public bool TryGetFrames(out IReadOnlyList<float[]> frames)
        {
            frames = Array.Empty<float[]>();
            if (Frames is null)
            {
                return true;
            }

            var reader = new Utf8JsonReader(Frames.ToMemory().Span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            try
            {
                if (!reader.Read())
                {
                    return true;
                }

                if (reader.TokenType == JsonTokenType.Null)
                {
                    return true;
                }

                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    return false;
                }

                var result = new List<float[]>();
                var weights = new List<float>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType != JsonTokenType.StartArray)
                    {
                        return false;
                    }

                    weights.Clear();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        if (reader.TokenType != JsonTokenType.Number)
                        {
                            return false;
                        }

                        weights.Add((float)reader.GetDouble());
                    }

                    result.Add(weights.ToArray());
                }

                frames = result;
                return true;
            }
            catch (JsonException)
            {
                // Frames built in code may hold any bytes; a value that is not JSON is simply not the numeric form.
                return false;
            }
        }
    }
}
