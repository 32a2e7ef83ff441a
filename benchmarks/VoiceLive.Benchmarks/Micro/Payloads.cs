using System;
using System.Text;

namespace VoiceLive.Benchmarks
{
    /// <summary>Representative frames, shaped like the service's.</summary>
    public static class Payloads
    {
        public static readonly byte[] AudioPcm = CreatePcm(4800);

        public static readonly byte[] AudioDelta = Encoding.UTF8.GetBytes(
            "{\"type\":\"response.audio.delta\",\"event_id\":\"event_BxR2c0mUq9yXo3tQ5bN1v\",\"response_id\":\"resp_BxR2bYq1n8XoTt0Fv6aLm\",\"item_id\":\"item_BxR2bZrA4uYwP7sKc2dQe\",\"output_index\":0,\"content_index\":0,\"delta\":\""
            + Convert.ToBase64String(AudioPcm) + "\"}");

        public static readonly byte[] TranscriptDelta = Encoding.UTF8.GetBytes(
            "{\"type\":\"response.audio_transcript.delta\",\"event_id\":\"event_BxR2c0mUq9yXo3tQ5bN1w\",\"response_id\":\"resp_BxR2bYq1n8XoTt0Fv6aLm\",\"item_id\":\"item_BxR2bZrA4uYwP7sKc2dQe\",\"output_index\":0,\"content_index\":0,\"delta\":\"Hello \"}");

        public static readonly byte[] ResponseDone = Encoding.UTF8.GetBytes("""
            {"type":"response.done","event_id":"event_BxR2dJ5tLq0WcN8uYv3Hs","response":{"object":"realtime.response","id":"resp_BxR2bYq1n8XoTt0Fv6aLm","status":"completed","status_details":null,
            "output":[{"id":"item_BxR2bZrA4uYwP7sKc2dQe","object":"realtime.item","type":"message","status":"completed","role":"assistant",
            "content":[{"type":"audio","transcript":"Hello! How can I help you today?"}]},
            {"id":"item_BxR2bZrA4uYwP7sKc2dQf","object":"realtime.item","type":"function_call","status":"completed","name":"get_weather","call_id":"call_Q1w2e3r4","arguments":"{\"location\":\"Paris\"}"}],
            "usage":{"total_tokens":337,"input_tokens":165,"output_tokens":172,"input_token_details":{"text_tokens":134,"audio_tokens":31,"cached_tokens":0},"output_token_details":{"text_tokens":32,"audio_tokens":140}}}}
            """);

        public static readonly byte[] SessionUpdated = Encoding.UTF8.GetBytes("""
            {"type":"session.updated","event_id":"event_BxR2a9kPq2WcN8uYv3Hs","session":{"id":"sess_BxR2aXk3m9PqLw0Tz5Yb","object":"realtime.session","model":"gpt-realtime",
            "modalities":["text","audio"],"instructions":"You are a helpful assistant.","voice":{"name":"en-US-AvaNeural","type":"azure-standard","temperature":0.8},
            "input_audio_format":"pcm16","output_audio_format":"pcm16","input_audio_sampling_rate":24000,
            "input_audio_transcription":{"model":"whisper-1"},
            "turn_detection":{"type":"server_vad","threshold":0.5,"prefix_padding_ms":300,"silence_duration_ms":500,"create_response":true,"interrupt_response":true},
            "tools":[{"type":"function","name":"get_weather","description":"Gets the weather.","parameters":{"type":"object","properties":{"location":{"type":"string"}},"required":["location"]}}],
            "tool_choice":"auto","temperature":0.8,"max_response_output_tokens":"inf"}}
            """);

        public static RequestSession CreateSession() => new RequestSession
        {
            Instructions = "You are a helpful assistant.",
            Modalities = { Modality.Text, Modality.Audio },
            Voice = new AzureStandardVoice("en-US-AvaNeural"),
            InputAudioFormat = InputAudioFormat.Pcm16,
            InputAudioSamplingRate = 24000,
            OutputAudioFormat = OutputAudioFormat.Pcm16,
            TurnDetection = new ServerVad { Threshold = 0.5f, PrefixPaddingMs = 300, SilenceDurationMs = 500, CreateResponse = true, InterruptResponse = true },
            InputAudioTranscription = new AudioInputTranscriptionOptions { Model = "whisper-1" },
            Tools = { new FunctionTool { Name = "get_weather", Description = "Gets the weather.", Parameters = BinaryData.FromString("{\"type\":\"object\",\"properties\":{\"location\":{\"type\":\"string\"}},\"required\":[\"location\"]}") } },
            ToolChoice = ToolChoice.Auto,
        };

        private static byte[] CreatePcm(int length)
        {
            var bytes = new byte[length];
            new Random(1).NextBytes(bytes);
            return bytes;
        }
    }
}
