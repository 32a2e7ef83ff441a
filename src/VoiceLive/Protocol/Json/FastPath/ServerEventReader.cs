using System;
using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;

namespace VoiceLive.Protocol.Json.FastPath
{
    /// <summary>
    /// The connection's parser: a single-pass fast path for the high-rate events (<c>response.audio.delta</c>,
    /// <c>response.audio_transcript.delta</c>, <c>response.text.delta</c>) and <see cref="ServerEventParser"/> for
    /// everything else. The fast path decodes base64 audio straight from the frame, reuses repeated id strings and does
    /// not copy the frame: the event's <see cref="ServerEvent.RawJson"/> is produced on first read by serializing the
    /// event plus the members this version does not model (kept verbatim). Anything unusual (a null, a quoted number,
    /// a duplicate member, bytes after the closing brace, a frame over 64 KiB, base64 that does not decode, more than a few unknown members, bad JSON) falls back to the
    /// general path, so the result always equals what <see cref="ServerEventParser.Parse"/> gives.
    /// One instance per connection; not thread-safe (the connection has one reader at a time).
    /// </summary>
    internal sealed partial class ServerEventReader
    {
        private const int MaxExtraMembers = 4;
        private const int MaxFastPathFrameBytes = 64 * 1024;

        // The general parser's reader options, so the fast path accepts exactly the same JSON syntax.
        private static readonly JsonReaderOptions s_readerOptions = new JsonReaderOptions
        {
            AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Skip,
            MaxDepth = JsonLimits.MaxDepth,
        };

        private readonly Utf8StringCache _responseIds = new Utf8StringCache();
        private readonly Utf8StringCache _itemIds = new Utf8StringCache();

        private enum DeltaKind
        {
            None,
            Audio,
            AudioTranscript,
            Text,
        }

        /// <summary>Parses one frame; never throws for bad input (see <see cref="ServerEventParser.Parse"/>).</summary>
        public ServerEvent Parse(ReadOnlySpan<byte> frame) => TryParseFast(frame) ?? ServerEventParser.Parse(frame);

        /// <summary>The fast path alone: the typed delta event, or null when the frame must take the general path.</summary>
        internal ServerEvent? TryParseFast(ReadOnlySpan<byte> frame)
        {
            // A fast-path class with a member this reader does not read would lose that member's value: such a class
            // takes the general path until the reader learns the member (FastPathDriftTests fails meanwhile).
            // Cheap pre-check: every fast-path type contains ".delta", so other frames skip the attempt entirely. Frames
            // far beyond the service's 20–200 ms chunks are unusual too: they keep their exact bytes via the general path.
            if (!s_coversEveryMember || frame.Length < 32 || frame.Length > MaxFastPathFrameBytes || frame.IndexOf(".delta\""u8) < 0)
            {
                return null;
            }

            try
            {
                return TryParseCore(frame);
            }
            catch (Exception ex) when (ServerEventParser.IsDataError(ex))
            {
                return null; // The general path reports it (as a MalformedServerEvent), so both paths fail alike.
            }
        }

        private ServerEvent? TryParseCore(ReadOnlySpan<byte> frame)
        {
            var reader = new Utf8JsonReader(frame, s_readerOptions);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            DeltaKind kind = DeltaKind.None;
            string? gaName = null;
            Field seen = Field.None;
            string? eventId = null;
            string? responseId = null;
            string? itemId = null;
            int outputIndex = 0;
            int contentIndex = 0;
            int deltaStart = -1;
            int deltaEnd = -1;
            bool deltaEscaped = false;
            string? text = null;
            Span<int> extraStarts = stackalloc int[MaxExtraMembers];
            Span<int> extraEnds = stackalloc int[MaxExtraMembers];
            int extras = 0;

            while (true)
            {
                if (!reader.Read())
                {
                    return null;
                }

                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    break;
                }

                if (reader.TokenType != JsonTokenType.PropertyName)
                {
                    return null;
                }

                int nameStart = (int)reader.TokenStartIndex;
                Field field = Classify(ref reader);
                if (field != Field.Unknown)
                {
                    if ((seen & field) != 0)
                    {
                        return null; // A duplicate member: the general path decides which value wins.
                    }

                    seen |= field;
                }

                if (!reader.Read())
                {
                    return null;
                }

                switch (field)
                {
                    case Field.Type:
                        if (reader.TokenType != JsonTokenType.String)
                        {
                            return null;
                        }

                        kind = reader.ValueTextEquals("response.audio.delta"u8) ? DeltaKind.Audio
                            : reader.ValueTextEquals("response.audio_transcript.delta"u8) ? DeltaKind.AudioTranscript
                            : reader.ValueTextEquals("response.text.delta"u8) ? DeltaKind.Text
                            : DeltaKind.None;
                        if (kind == DeltaKind.None)
                        {
                            // The GA protocol's names of the same three events: same shape, the GA name kept as Type.
                            kind = reader.ValueTextEquals("response.output_audio.delta"u8) ? DeltaKind.Audio
                                : reader.ValueTextEquals("response.output_audio_transcript.delta"u8) ? DeltaKind.AudioTranscript
                                : reader.ValueTextEquals("response.output_text.delta"u8) ? DeltaKind.Text
                                : DeltaKind.None;
                            if (kind == DeltaKind.None)
                            {
                                return null;
                            }

                            gaName = kind == DeltaKind.Audio ? WireNames.ResponseOutputAudioDelta
                                : kind == DeltaKind.AudioTranscript ? WireNames.ResponseOutputAudioTranscriptDelta
                                : WireNames.ResponseOutputTextDelta;
                        }

                        break;
                    case Field.EventId:
                        if (reader.TokenType != JsonTokenType.String)
                        {
                            return null;
                        }

                        eventId = reader.GetString();
                        break;
                    case Field.ResponseId:
                        if (reader.TokenType != JsonTokenType.String)
                        {
                            return null;
                        }

                        responseId = _responseIds.Get(ref reader);
                        break;
                    case Field.ItemId:
                        if (reader.TokenType != JsonTokenType.String)
                        {
                            return null;
                        }

                        itemId = _itemIds.Get(ref reader);
                        break;
                    case Field.OutputIndex:
                        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out outputIndex))
                        {
                            return null;
                        }

                        break;
                    case Field.ContentIndex:
                        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out contentIndex))
                        {
                            return null;
                        }

                        break;
                    case Field.Delta:
                        if (reader.TokenType != JsonTokenType.String)
                        {
                            return null;
                        }

                        if (kind == DeltaKind.AudioTranscript || kind == DeltaKind.Text)
                        {
                            text = reader.GetString(); // The usual order (type first): read it in place.
                        }
                        else
                        {
                            // Kept as a range: audio decodes from it below, and the type may come later in the object.
                            deltaStart = (int)reader.TokenStartIndex;
                            deltaEnd = (int)reader.BytesConsumed;
                            deltaEscaped = reader.ValueIsEscaped;
                        }

                        break;
                    default:
                        // A member this version does not model: validated, and kept verbatim for RawJson.
                        if (extras == MaxExtraMembers)
                        {
                            return null;
                        }

                        reader.Skip();
                        ReadOnlySpan<byte> member = frame.Slice(nameStart, (int)reader.BytesConsumed - nameStart);
                        if (member.IndexOf("/*"u8) >= 0 || member.IndexOf("//"u8) >= 0)
                        {
                            return null; // Maybe a comment, which must not be copied into RawJson.
                        }

                        extraStarts[extras] = nameStart;
                        extraEnds[extras] = (int)reader.BytesConsumed;
                        extras++;
                        break;
                }
            }

            // Anything after the closing brace (padding, a comment, a second event, garbage) is unusual: the general
            // path keeps such a frame verbatim or reports it.
            if (kind == DeltaKind.None || reader.BytesConsumed != frame.Length)
            {
                return null;
            }

            byte[]? extraMembers = extras == 0 ? null : JoinMembers(frame, extraStarts.Slice(0, extras), extraEnds.Slice(0, extras));
            ServerEvent evt;
            if (kind == DeltaKind.Audio)
            {
                ReadOnlyMemory<byte> audio = default;
                if (deltaStart >= 0 && !TryDecodeBase64(frame.Slice(deltaStart, deltaEnd - deltaStart), deltaEscaped, out audio))
                {
                    return null; // Placeholder or broken base64: the general path keeps the frame's text in RawJson.
                }

                evt = new ServerEventResponseAudioDelta
                {
                    EventId = eventId,
                    ResponseId = responseId!,
                    ItemId = itemId!,
                    OutputIndex = outputIndex,
                    ContentIndex = contentIndex,
                    Delta = audio,
                };
            }
            else
            {
                if (deltaStart >= 0)
                {
                    text = ReadString(frame.Slice(deltaStart, deltaEnd - deltaStart));
                }

                evt = kind == DeltaKind.AudioTranscript
                    ? new ServerEventResponseAudioTranscriptDelta
                    {
                        EventId = eventId,
                        ResponseId = responseId!,
                        ItemId = itemId!,
                        OutputIndex = outputIndex,
                        ContentIndex = contentIndex,
                        Delta = text!,
                    }
                    : new ServerEventResponseTextDelta
                    {
                        EventId = eventId,
                        ResponseId = responseId!,
                        ItemId = itemId!,
                        OutputIndex = outputIndex,
                        ContentIndex = contentIndex,
                        Delta = text!,
                    };
            }

            if (gaName is not null)
            {
                evt.SetAliasType(gaName);
            }

            evt.SetLazyRawJson(extraMembers);
            return evt;
        }

        /// <summary>Decodes a quoted base64 token exactly as <see cref="Base64BytesConverter"/> does; false when it does not decode.</summary>
        private static bool TryDecodeBase64(ReadOnlySpan<byte> quoted, bool escaped, out ReadOnlyMemory<byte> bytes)
        {
            if (!escaped)
            {
                ReadOnlySpan<byte> utf8 = quoted.Slice(1, quoted.Length - 2);
                byte[] decoded = Base64BytesConverter.AllocatePayload(Base64.GetMaxDecodedFromUtf8Length(utf8.Length));
                OperationStatus status = Base64.DecodeFromUtf8(utf8, decoded, out _, out int written);
                decoded.AsSpan(written).Clear(); // Padding leaves up to two bytes unwritten: never expose stale memory.
                bytes = new ReadOnlyMemory<byte>(decoded, 0, written);
                return status == OperationStatus.Done;
            }

            // Escaped text (for example "\/"): let a reader over just this token unescape it.
            var reader = new Utf8JsonReader(quoted);
            reader.Read();
            bool ok = reader.TryGetBytesFromBase64(out byte[]? value);
            bytes = value;
            return ok;
        }

        private static string? ReadString(ReadOnlySpan<byte> quoted)
        {
            var reader = new Utf8JsonReader(quoted);
            reader.Read();
            return reader.GetString();
        }

        private static byte[] JoinMembers(ReadOnlySpan<byte> frame, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends)
        {
            int length = starts.Length - 1;
            for (int i = 0; i < starts.Length; i++)
            {
                length += ends[i] - starts[i];
            }

            var joined = new byte[length];
            int at = 0;
            for (int i = 0; i < starts.Length; i++)
            {
                if (i > 0)
                {
                    joined[at++] = (byte)',';
                }

                ReadOnlySpan<byte> member = frame.Slice(starts[i], ends[i] - starts[i]);
                member.CopyTo(joined.AsSpan(at));
                at += member.Length;
            }

            return joined;
        }
    }
}
