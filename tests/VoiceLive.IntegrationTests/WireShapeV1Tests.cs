using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using VoiceLive.Emulator;
using Xunit;

namespace VoiceLive.IntegrationTests
{
    /// <summary>
    /// The same app code against the emulator connected with api-version v1 (OpenAI GA shape on the wire) and with
    /// 2026-07-15 (the flat shape) reads identical typed events: types, ids (modulo generation), transcripts, audio.
    /// </summary>
    public class WireShapeV1Tests
    {
        private const string WeatherSchema = """
            {"type":"object","properties":{"location":{"type":"string","description":"The city"}},"required":["location"]}
            """;

        [Fact]
        public async Task A_spoken_question_with_a_function_call_reads_the_same_events_in_both_shapes()
        {
            (List<string> dated, _, _) = await RunConversationAsync(VoiceLiveApiVersion.V2026_07_15);
            (List<string> v1, List<string> v1Types, EmulatorConnection server) = await RunConversationAsync(VoiceLiveApiVersion.V1);

            Assert.Equal(dated, v1);
            Assert.Contains(dated, e => e.StartsWith("ServerEventResponseFunctionCallArgumentsDone get_weather", StringComparison.Ordinal));
            Assert.Contains("ServerEventResponseDone resp#2 completed message assistant [audio:Here is what get_weather returned: {\"temperature_c\":18}] text,audio OpenAIVoice", dated);
            Assert.Contains(dated, e => e.StartsWith("ServerEventResponseAudioDelta resp#2 item#4 ", StringComparison.Ordinal));
            Assert.Contains(dated, e => e.StartsWith("ServerEventSessionUpdated text,audio pcm16 pcm16 alloy server_vad azure-speech get_weather", StringComparison.Ordinal));

            // The v1 frames carried the GA names, which read into the same classes (Type keeps the name on the wire).
            Assert.Contains("response.output_audio.delta", v1Types);
            Assert.DoesNotContain("response.audio.delta", v1Types);
            Assert.Contains("conversation.item.added", v1Types);

            // What went over the wire under v1: the nested session, and the GA names the client read as aliases.
            JsonNode update = (await server.WaitAsync(e => e.Type == "session.update", Harness.Timeout)).ToJsonNode();
            Assert.Equal("realtime", (string?)update["session"]!["type"]);
            Assert.Equal("audio/pcm", (string?)update["session"]!["audio"]!["input"]!["format"]!["type"]);
            Assert.Equal("alloy", (string?)update["session"]!["audio"]!["output"]!["voice"]!["name"]);
            Assert.False(update["session"]!.AsObject().ContainsKey("input_audio_format"));
        }

        [Fact]
        public async Task A_transcription_only_session_reads_the_same_events_in_both_shapes()
        {
            (List<string> dated, _) = await RunTranscriptionAsync(VoiceLiveApiVersion.V2026_07_15);
            (List<string> v1, EmulatorConnection server) = await RunTranscriptionAsync(VoiceLiveApiVersion.V1);

            Assert.Equal(dated, v1);
            Assert.Contains("ServerEventConversationItemInputAudioTranscriptionCompleted item#1 Please transcribe this sentence", dated);
            Assert.DoesNotContain(dated, e => e.StartsWith("ServerEventResponseCreated", StringComparison.Ordinal));

            JsonNode update = (await server.WaitAsync(e => e.Type == "session.update", Harness.Timeout)).ToJsonNode();
            Assert.Equal("transcription", (string?)update["session"]!["type"]);
            Assert.Equal("gpt-realtime-whisper", (string?)update["session"]!["audio"]!["input"]!["transcription"]!["model"]);
        }

        private static async Task<(List<string> Events, List<string> WireTypes, EmulatorConnection Server)> RunConversationAsync(VoiceLiveApiVersion version)
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, server) = await Harness.ConnectReadyAsync(emulator, configure: o => o.ApiVersion = version);
            await using VoiceLiveConnection __ = connection;

            var session = new RequestSession
            {
                Voice = new OpenAIVoice(OpenAIVoiceName.Alloy),
                InputAudioFormat = InputAudioFormat.Pcm16,
                OutputAudioFormat = OutputAudioFormat.Pcm16,
                TurnDetection = new ServerVad { SilenceDurationMs = 500 },
                ToolChoice = ToolChoice.Auto,
                InputAudioTranscription = new AudioInputTranscriptionOptions(InputAudioTranscriptionModel.AzureSpeech),
            };
            session.Modalities.Add(Modality.Text);
            session.Modalities.Add(Modality.Audio);
            session.Tools.Add(new FunctionTool("get_weather") { Description = "Current weather for a city.", Parameters = BinaryData.FromString(WeatherSchema) });
            await Harness.UpdateSessionAsync(connection, reader, session);

            await Harness.AppendAudioAsync(connection, EmulatorAudio.ToBytes(Harness.Utterance("What's the weather like in Paris", 24000)), 4800);
            await reader.CollectUntilAsync<ServerEventResponseDone>();
            ServerEventResponseFunctionCallArgumentsDone call = reader.OfType<ServerEventResponseFunctionCallArgumentsDone>().Single();

            await connection.Conversation.Item.CreateAsync(new FunctionCallOutputItem(call.CallId, """{"temperature_c":18}"""));
            await reader.WaitForAsync<ServerEventConversationItemCreated>(e => e.Item is ResponseFunctionCallOutputItem);
            await connection.Response.CreateAsync();
            await reader.CollectUntilAsync<ServerEventResponseDone>();

            return (Describe(reader.Received), reader.Received.Select(e => e.Type).ToList(), server);
        }

        private static async Task<(List<string> Events, EmulatorConnection Server)> RunTranscriptionAsync(VoiceLiveApiVersion version)
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, server) = await Harness.ConnectReadyAsync(emulator, configure: o => o.ApiVersion = version);
            await using VoiceLiveConnection __ = connection;

            // The transcription-only call the app makes is the same for every api-version.
            await connection.TranscriptionSession.UpdateAsync(BinaryData.FromString(
                """{"input_audio_format":"pcm16","input_audio_transcription":{"model":"gpt-realtime-whisper","delay":"low"},"turn_detection":{"type":"server_vad","silence_duration_ms":500}}"""));
            await reader.WaitForAsync<ServerEventSessionUpdated>();

            await Harness.AppendAudioAsync(connection, EmulatorAudio.ToBytes(Harness.Utterance("Please transcribe this sentence", 24000)), 4800);
            await reader.WaitForAsync<ServerEventConversationItemInputAudioTranscriptionCompleted>();
            await connection.InputAudioBuffer.ClearAsync();
            await reader.WaitForAsync<ServerEventInputAudioBufferCleared>();

            return (Describe(reader.Received), server);
        }

        /// <summary>One line per event: its class and what the app reads from it, ids replaced by their order of appearance.</summary>
        private static List<string> Describe(IEnumerable<ServerEvent> events)
        {
            var ids = new Dictionary<string, string>(StringComparer.Ordinal);
            string Id(string? id, string kind)
            {
                if (string.IsNullOrEmpty(id))
                {
                    return "-";
                }

                if (!ids.TryGetValue(id!, out string? stable))
                {
                    stable = kind + "#" + (ids.Count(p => p.Value.StartsWith(kind + "#", StringComparison.Ordinal)) + 1);
                    ids[id!] = stable;
                }

                return stable;
            }

            var lines = new List<string>();
            foreach (ServerEvent evt in events)
            {
                string detail = evt switch
                {
                    ServerEventSessionCreated or ServerEventSessionUpdated => Session(evt is ServerEventSessionCreated c ? c.Session : ((ServerEventSessionUpdated)evt).Session),
                    ServerEventResponseAudioDelta a => $"{Id(a.ResponseId, "resp")} {Id(a.ItemId, "item")} {Convert.ToBase64String(a.Delta.ToArray())}",
                    ServerEventResponseAudioTranscriptDelta t => $"{Id(t.ResponseId, "resp")} {Id(t.ItemId, "item")} {t.Delta}",
                    ServerEventResponseAudioTranscriptDone t => $"{Id(t.ResponseId, "resp")} {Id(t.ItemId, "item")} {t.Transcript}",
                    ServerEventResponseTextDone t => $"{Id(t.ResponseId, "resp")} {t.Text}",
                    ServerEventConversationItemInputAudioTranscriptionCompleted t => $"{Id(t.ItemId, "item")} {t.Transcript}",
                    ServerEventResponseFunctionCallArgumentsDone f => $"{f.Name} {Id(f.CallId, "call")} {f.Arguments}",
                    ServerEventConversationItemCreated i => $"{Id(i.Item?.Id, "item")} {Item(i.Item)}",
                    ServerEventResponseOutputItemAdded i => $"{Id(i.ResponseId, "resp")} {Id(i.Item?.Id, "item")} {Item(i.Item)}",
                    ServerEventResponseOutputItemDone i => $"{Id(i.ResponseId, "resp")} {Id(i.Item?.Id, "item")} {Item(i.Item)}",
                    ServerEventResponseCreated r => $"{Id(r.Response.Id, "resp")} {r.Response.Status}",
                    ServerEventResponseDone r => $"{Id(r.Response.Id, "resp")} {r.Response.Status} {string.Join(",", r.Response.Output.Select(Item))} {string.Join(",", r.Response.Modalities)} {r.Response.Voice?.GetType().Name}",
                    _ => string.Empty,
                };
                lines.Add((evt.GetType().Name + " " + detail).TrimEnd());
            }

            return lines;
        }

        private static string Session(ResponseSession s)
            => $"{string.Join(",", s.Modalities)} {s.InputAudioFormat} {s.OutputAudioFormat} {(s.Voice as OpenAIVoice)?.Name} {s.TurnDetection?.Type} "
                + $"{s.InputAudioTranscription?.Model} {string.Join(",", s.Tools.OfType<FunctionTool>().Select(t => t.Name))}";

        private static string Item(ResponseItem? item) => item switch
        {
            ResponseMessageItem m => $"message {m.Role} [{string.Join(",", m.Content.Select(p => p.Type + ":" + (p as ResponseAudioContentPart)?.Transcript + (p as ResponseTextContentPart)?.Text))}]",
            ResponseFunctionCallItem f => $"function_call {f.Name} {f.Arguments}",
            ResponseFunctionCallOutputItem o => $"function_call_output {o.Output}",
            null => "null",
            _ => item.Type.ToString(),
        };
    }
}
