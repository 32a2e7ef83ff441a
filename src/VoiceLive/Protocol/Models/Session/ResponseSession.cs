using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using System.Text.Json;
using VoiceLive.Protocol.Json.Converters;
using VoiceLive.Protocol.Models;

namespace VoiceLive
{
    /// <summary>The session as the service reports it in <c>session.created</c> and <c>session.updated</c> (<c>session</c>).</summary>
    public sealed class ResponseSession
    {
        private IDictionary<string, JsonElement>? _additionalProperties;
        private IList<Modality> _modalities = new OptionalList<Modality>();
        private IList<AudioTimestampType> _outputAudioTimestampTypes = new OptionalList<AudioTimestampType>();
        private IList<Tool> _tools = new OptionalList<Tool>();
        private IList<SessionIncludeOption> _include = new OptionalList<SessionIncludeOption>();
        private IDictionary<string, string> _metadata = new OptionalDictionary<string, string>();

        /// <summary>The session id (<c>id</c>).</summary>
        [JsonPropertyName("id")]
        public string? Id { get; set; }

        /// <summary>The object kind (<c>object</c>), <c>realtime.session</c> when sent.</summary>
        [JsonPropertyName("object")]
        public string? Object { get; set; }

        /// <summary>The model deployment (<c>model</c>).</summary>
        [JsonPropertyName("model")]
        public string? Model { get; set; }

        /// <summary>The output modalities (<c>modalities</c>), for example text and audio.</summary>
        [JsonPropertyName("modalities")]
        public IList<Modality> Modalities
        {
            get => _modalities;
            set => _modalities = value ?? new OptionalList<Modality>();
        }

        /// <summary>Animation outputs (<c>animation</c>): blendshapes or visemes.</summary>
        [JsonPropertyName("animation")]
        public Animation? Animation { get; set; }

        /// <summary>The voice the assistant speaks with (<c>voice</c>).</summary>
        [JsonPropertyName("voice")]
        public Voice? Voice { get; set; }

        /// <summary>System instructions for the model (<c>instructions</c>).</summary>
        [JsonPropertyName("instructions")]
        public string? Instructions { get; set; }

        /// <summary>Sample rate in Hz of input audio (<c>input_audio_sampling_rate</c>): 8000, 16000 or 24000 for pcm16.</summary>
        [JsonPropertyName("input_audio_sampling_rate")]
        public int? InputAudioSamplingRate { get; set; }

        /// <summary>Encoding of audio the client sends (<c>input_audio_format</c>).</summary>
        [JsonPropertyName("input_audio_format")]
        public InputAudioFormat? InputAudioFormat { get; set; }

        /// <summary>Encoding of audio the service sends (<c>output_audio_format</c>).</summary>
        [JsonPropertyName("output_audio_format")]
        public OutputAudioFormat? OutputAudioFormat { get; set; }

        /// <summary>Turn detection (<c>turn_detection</c>): <see cref="VoiceLive.TurnDetection.Disabled"/> when the service reports <c>null</c> (turn detection is off), null when the field was absent.</summary>
        [JsonPropertyName("turn_detection")]
        public TurnDetection? TurnDetection { get; set; }

        /// <summary>Noise reduction applied to input audio (<c>input_audio_noise_reduction</c>). Null is not sent; <see cref="AudioNoiseReduction.Disabled"/> sends <c>null</c>, which turns it off, and is what the service's <c>null</c> reads as.</summary>
        [JsonPropertyName("input_audio_noise_reduction")]
        [JsonConverter(typeof(NoiseReductionSettingConverter))]
        public AudioNoiseReduction? InputAudioNoiseReduction { get; set; }

        /// <summary>Echo cancellation applied to input audio (<c>input_audio_echo_cancellation</c>). Null is not sent; <see cref="AudioEchoCancellation.Disabled"/> sends <c>null</c>, which turns it off, and is what the service's <c>null</c> reads as.</summary>
        [JsonPropertyName("input_audio_echo_cancellation")]
        [JsonConverter(typeof(EchoCancellationSettingConverter))]
        public AudioEchoCancellation? InputAudioEchoCancellation { get; set; }

        /// <summary>The video avatar (<c>avatar</c>).</summary>
        [JsonPropertyName("avatar")]
        public AvatarConfig? Avatar { get; set; }

        /// <summary>Transcription of the user's audio (<c>input_audio_transcription</c>). Null is not sent; <see cref="AudioInputTranscriptionOptions.Disabled"/> sends <c>null</c>, which turns it off, and is what the service's <c>null</c> reads as.</summary>
        [JsonPropertyName("input_audio_transcription")]
        [JsonConverter(typeof(TranscriptionSettingConverter))]
        public AudioInputTranscriptionOptions? InputAudioTranscription { get; set; }

        /// <summary>Timestamps sent with output audio (<c>output_audio_timestamp_types</c>), for example word timestamps.</summary>
        [JsonPropertyName("output_audio_timestamp_types")]
        public IList<AudioTimestampType> OutputAudioTimestampTypes
        {
            get => _outputAudioTimestampTypes;
            set => _outputAudioTimestampTypes = value ?? new OptionalList<AudioTimestampType>();
        }

        /// <summary>Tools the model may call (<c>tools</c>).</summary>
        [JsonPropertyName("tools")]
        public IList<Tool> Tools
        {
            get => _tools;
            set => _tools = value ?? new OptionalList<Tool>();
        }

        /// <summary>How the model chooses tools (<c>tool_choice</c>).</summary>
        [JsonPropertyName("tool_choice")]
        public ToolChoice? ToolChoice { get; set; }

        /// <summary>Sampling temperature of the model (<c>temperature</c>).</summary>
        [JsonPropertyName("temperature")]
        public double? Temperature { get; set; }

        /// <summary>Output token limit of each response (<c>max_response_output_tokens</c>): a number or <c>inf</c>.</summary>
        [JsonPropertyName("max_response_output_tokens")]
        public MaxOutputTokens? MaxResponseOutputTokens { get; set; }

        /// <summary>Reasoning effort of reasoning models (<c>reasoning_effort</c>).</summary>
        [JsonPropertyName("reasoning_effort")]
        public ReasoningEffort? ReasoningEffort { get; set; }

        /// <summary>Interim responses spoken while the answer is prepared (<c>interim_response</c>).</summary>
        [JsonPropertyName("interim_response")]
        public InterimResponseConfig? InterimResponse { get; set; }

        /// <summary>Optional fields to add to events (<c>include</c>).</summary>
        [JsonPropertyName("include")]
        public IList<SessionIncludeOption> Include
        {
            get => _include;
            set => _include = value ?? new OptionalList<SessionIncludeOption>();
        }

        /// <summary>Up to 16 key-value pairs attached to the session (<c>metadata</c>).</summary>
        [JsonPropertyName("metadata")]
        public IDictionary<string, string> Metadata
        {
            get => _metadata;
            set => _metadata = value ?? new OptionalDictionary<string, string>();
        }

        /// <summary>Whether the model may call several tools at once (<c>parallel_tool_calls</c>, preview); the service defaults to true.</summary>
        [JsonPropertyName("parallel_tool_calls")]
        public bool? ParallelToolCalls { get; set; }

        /// <summary>The Foundry agent that runs the session, for agent sessions (<c>agent</c>).</summary>
        [JsonPropertyName("agent")]
        public AgentConfig? Agent { get; set; }

        /// <summary>When the session expires (<c>expires_at</c>, Unix seconds on the wire).</summary>
        [JsonPropertyName("expires_at")]
        [JsonConverter(typeof(UnixSecondsConverter))]
        public DateTimeOffset? ExpiresAt { get; set; }

        /// <summary>Session tracing (<c>tracing</c>, api-version <c>v1</c>); null when off or not reported.</summary>
        [JsonPropertyName("tracing")]
        public SessionTracing? Tracing { get; set; }

        /// <summary>How the service shortens a conversation that outgrows the context (<c>truncation</c>, api-version <c>v1</c>).</summary>
        [JsonPropertyName("truncation")]
        public SessionTruncation? Truncation { get; set; }

        /// <summary>The stored prompt template in use (<c>prompt</c>, api-version <c>v1</c>); null for none.</summary>
        [JsonPropertyName("prompt")]
        public RealtimePrompt? Prompt { get; set; }

        /// <summary>
        /// Members of the JSON that this version does not model, by name, each value as it was read; they are written
        /// back unchanged, so a model read from the service round-trips whole. Add entries to send a field this version
        /// does not model (for example <c>AdditionalProperties["new_setting"] = JsonSerializer.SerializeToElement(true)</c>).
        /// </summary>
        [JsonExtensionData]
        public IDictionary<string, JsonElement> AdditionalProperties
        {
            get => _additionalProperties ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            set => _additionalProperties = value;
        }
    }
}
