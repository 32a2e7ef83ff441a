using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>The session settings the client sends in <c>session.update</c> (<c>session</c>). Only the properties that are set are sent; the service keeps its current value for the others.</summary>
    public sealed class RequestSession
    {
        private IList<Modality> _modalities = new OptionalList<Modality>();
        private IList<AudioTimestampType> _outputAudioTimestampTypes = new OptionalList<AudioTimestampType>();
        private IList<Tool> _tools = new OptionalList<Tool>();
        private IList<SessionIncludeOption> _include = new OptionalList<SessionIncludeOption>();
        private IDictionary<string, string> _metadata = new OptionalDictionary<string, string>();

        /// <summary>The model deployment (<c>model</c>).</summary>
        [JsonPropertyName("model")]
        public string? Model { get; set; }

        /// <summary>The output modalities (<c>modalities</c>), for example text and audio. Not sent until it is assigned or an item is added; an assigned empty collection is sent as empty.</summary>
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

        /// <summary>Turn detection (<c>turn_detection</c>). Null (the default) leaves the service's setting unchanged and is not sent; <see cref="VoiceLive.TurnDetection.Disabled"/> sends <c>null</c>, which turns server turn detection off.</summary>
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

        /// <summary>Timestamps sent with output audio (<c>output_audio_timestamp_types</c>), for example word timestamps. Not sent until it is assigned or an item is added; an assigned empty collection is sent as empty.</summary>
        [JsonPropertyName("output_audio_timestamp_types")]
        public IList<AudioTimestampType> OutputAudioTimestampTypes
        {
            get => _outputAudioTimestampTypes;
            set => _outputAudioTimestampTypes = value ?? new OptionalList<AudioTimestampType>();
        }

        /// <summary>Tools the model may call (<c>tools</c>). Not sent until it is assigned or an item is added; an assigned empty collection is sent as empty.</summary>
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

        /// <summary>Optional fields to add to events (<c>include</c>). Not sent until it is assigned or an item is added; an assigned empty collection is sent as empty.</summary>
        [JsonPropertyName("include")]
        public IList<SessionIncludeOption> Include
        {
            get => _include;
            set => _include = value ?? new OptionalList<SessionIncludeOption>();
        }

        /// <summary>Up to 16 key-value pairs attached to the session (<c>metadata</c>). Not sent until it is assigned or an item is added; an assigned empty collection is sent as empty.</summary>
        [JsonPropertyName("metadata")]
        public IDictionary<string, string> Metadata
        {
            get => _metadata;
            set => _metadata = value ?? new OptionalDictionary<string, string>();
        }

        /// <summary>Whether the model may call several tools at once (<c>parallel_tool_calls</c>, preview); the service defaults to true.</summary>
        [JsonPropertyName("parallel_tool_calls")]
        public bool? ParallelToolCalls { get; set; }
    }
}
