using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using System.Text.Json;
using VoiceLive.Protocol.Json.Converters;
using VoiceLive.Protocol.Models;

namespace VoiceLive
{
    /// <summary>The session settings the client sends in <c>session.update</c> (<c>session</c>). Only the properties that are set are sent; the service keeps its current value for the others. A setting where the service gives <c>null</c> a meaning (turn detection, transcription, noise reduction, echo cancellation, avatar, animation, tools, tool choice, interim response) is sent as <c>null</c> when the app assigns null, as in Python.</summary>
    public sealed class RequestSession : IHasExplicitNulls
    {
        private IDictionary<string, JsonElement>? _additionalProperties;
        private readonly ExplicitNulls _explicitNulls = new ExplicitNulls();
        private InterimResponseConfig? _interimResponse;
        private ToolChoice? _toolChoice;
        private AudioInputTranscriptionOptions? _inputAudioTranscription;
        private AvatarConfig? _avatar;
        private AudioEchoCancellation? _inputAudioEchoCancellation;
        private AudioNoiseReduction? _inputAudioNoiseReduction;
        private TurnDetection? _turnDetection;
        private Animation? _animation;
        private SessionTracing? _tracing;
        private RealtimePrompt? _prompt;
        private IList<Modality> _modalities = new OptionalList<Modality>();
        private IList<AudioTimestampType> _outputAudioTimestampTypes = new OptionalList<AudioTimestampType>();
        private IList<Tool> _tools = new OptionalList<Tool>();
        private IList<SessionIncludeOption> _include = new OptionalList<SessionIncludeOption>();
        private IDictionary<string, string> _metadata = new OptionalDictionary<string, string>();

        /// <summary>The model deployment (<c>model</c>).</summary>
        [JsonPropertyName("model")]
        public string? Model { get; set; }

        /// <summary>The output modalities (<c>modalities</c>; <c>output_modalities</c> under api-version <c>v1</c>, which takes one of <c>audio</c> or <c>text</c>), for example text and audio. Not sent until it is assigned or an item is added; an assigned empty collection is sent as empty.</summary>
        [JsonPropertyName("modalities")]
        public IList<Modality> Modalities
        {
            get => _modalities;
            set => _modalities = value ?? new OptionalList<Modality>();
        }

        /// <summary>Animation outputs (<c>animation</c>): blendshapes or visemes. Never assigned, it is not sent; assigned null, it is sent as <c>null</c> (no animation).</summary>
        [JsonPropertyName("animation")]
        public Animation? Animation
        {
            get => _animation;
            set
            {
                _animation = value;
                _explicitNulls.Record("animation", value);
            }
        }

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

        /// <summary>Turn detection (<c>turn_detection</c>). Never assigned, it is not sent and the service keeps its setting; assigned null (as Python's <c>turn_detection=None</c>) or <see cref="VoiceLive.TurnDetection.Disabled"/>, it is sent as <c>null</c>, which turns server turn detection off (commit the audio and create responses yourself).</summary>
        [JsonPropertyName("turn_detection")]
        public TurnDetection? TurnDetection
        {
            get => _turnDetection;
            set
            {
                _turnDetection = value;
                _explicitNulls.Record("turn_detection", value);
            }
        }

        /// <summary>Noise reduction applied to input audio (<c>input_audio_noise_reduction</c>). Never assigned, it is not sent; assigned null or <see cref="AudioNoiseReduction.Disabled"/>, it is sent as <c>null</c>, which turns it off. The service's <c>null</c> reads as <see cref="AudioNoiseReduction.Disabled"/>.</summary>
        [JsonPropertyName("input_audio_noise_reduction")]
        [JsonConverter(typeof(NoiseReductionSettingConverter))]
        public AudioNoiseReduction? InputAudioNoiseReduction
        {
            get => _inputAudioNoiseReduction;
            set
            {
                _inputAudioNoiseReduction = value;
                _explicitNulls.Record("input_audio_noise_reduction", value);
            }
        }

        /// <summary>Echo cancellation applied to input audio (<c>input_audio_echo_cancellation</c>). Never assigned, it is not sent; assigned null or <see cref="AudioEchoCancellation.Disabled"/>, it is sent as <c>null</c>, which turns it off. The service's <c>null</c> reads as <see cref="AudioEchoCancellation.Disabled"/>.</summary>
        [JsonPropertyName("input_audio_echo_cancellation")]
        [JsonConverter(typeof(EchoCancellationSettingConverter))]
        public AudioEchoCancellation? InputAudioEchoCancellation
        {
            get => _inputAudioEchoCancellation;
            set
            {
                _inputAudioEchoCancellation = value;
                _explicitNulls.Record("input_audio_echo_cancellation", value);
            }
        }

        /// <summary>The video avatar (<c>avatar</c>). Never assigned, it is not sent; assigned null, it is sent as <c>null</c> (no avatar).</summary>
        [JsonPropertyName("avatar")]
        public AvatarConfig? Avatar
        {
            get => _avatar;
            set
            {
                _avatar = value;
                _explicitNulls.Record("avatar", value);
            }
        }

        /// <summary>Transcription of the user's audio (<c>input_audio_transcription</c>). Never assigned, it is not sent; assigned null or <see cref="AudioInputTranscriptionOptions.Disabled"/>, it is sent as <c>null</c>, which turns it off. The service's <c>null</c> reads as <see cref="AudioInputTranscriptionOptions.Disabled"/>.</summary>
        [JsonPropertyName("input_audio_transcription")]
        [JsonConverter(typeof(TranscriptionSettingConverter))]
        public AudioInputTranscriptionOptions? InputAudioTranscription
        {
            get => _inputAudioTranscription;
            set
            {
                _inputAudioTranscription = value;
                _explicitNulls.Record("input_audio_transcription", value);
            }
        }

        /// <summary>Timestamps sent with output audio (<c>output_audio_timestamp_types</c>), for example word timestamps. Not sent until it is assigned or an item is added; an assigned empty collection is sent as empty.</summary>
        [JsonPropertyName("output_audio_timestamp_types")]
        public IList<AudioTimestampType> OutputAudioTimestampTypes
        {
            get => _outputAudioTimestampTypes;
            set => _outputAudioTimestampTypes = value ?? new OptionalList<AudioTimestampType>();
        }

        /// <summary>Tools the model may call (<c>tools</c>). Not sent until it is assigned or an item is added; an assigned empty collection is sent as empty; assigned null, it reads as an empty collection and is sent as <c>null</c> until an item is added.</summary>
        [JsonPropertyName("tools")]
        public IList<Tool> Tools
        {
            get => _tools;
            set
            {
                _tools = value ?? new OptionalList<Tool>();
                _explicitNulls.Record("tools", value);
            }
        }

        /// <summary>How the model chooses tools (<c>tool_choice</c>). Never assigned, it is not sent; assigned null, it is sent as <c>null</c> (the service's default).</summary>
        [JsonPropertyName("tool_choice")]
        public ToolChoice? ToolChoice
        {
            get => _toolChoice;
            set
            {
                _toolChoice = value;
                _explicitNulls.Record("tool_choice", value);
            }
        }

        /// <summary>Sampling temperature of the model (<c>temperature</c>).</summary>
        [JsonPropertyName("temperature")]
        public double? Temperature { get; set; }

        /// <summary>Output token limit of each response (<c>max_response_output_tokens</c>; <c>max_output_tokens</c> under api-version <c>v1</c>): a number or <c>inf</c>.</summary>
        [JsonPropertyName("max_response_output_tokens")]
        public MaxOutputTokens? MaxResponseOutputTokens { get; set; }

        /// <summary>Reasoning effort of reasoning models (<c>reasoning_effort</c>; <c>reasoning.effort</c> under api-version <c>v1</c>).</summary>
        [JsonPropertyName("reasoning_effort")]
        public ReasoningEffort? ReasoningEffort { get; set; }

        /// <summary>Interim responses spoken while the answer is prepared (<c>interim_response</c>). Never assigned, it is not sent; assigned null, it is sent as <c>null</c> (none).</summary>
        [JsonPropertyName("interim_response")]
        public InterimResponseConfig? InterimResponse
        {
            get => _interimResponse;
            set
            {
                _interimResponse = value;
                _explicitNulls.Record("interim_response", value);
            }
        }

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

        /// <summary>Session tracing (<c>tracing</c>, api-version <c>v1</c>): <see cref="SessionTracing.Auto"/> or a configuration. Never assigned, it is not sent; assigned null, it is sent as <c>null</c>, which turns tracing off. Once on, the service does not let it change.</summary>
        [JsonPropertyName("tracing")]
        public SessionTracing? Tracing
        {
            get => _tracing;
            set
            {
                _tracing = value;
                _explicitNulls.Record("tracing", value);
            }
        }

        /// <summary>How the service shortens a conversation that outgrows the context (<c>truncation</c>, api-version <c>v1</c>).</summary>
        [JsonPropertyName("truncation")]
        public SessionTruncation? Truncation { get; set; }

        /// <summary>A stored prompt template to use (<c>prompt</c>, api-version <c>v1</c>). Never assigned, it is not sent; assigned null, it is sent as <c>null</c> (no template).</summary>
        [JsonPropertyName("prompt")]
        public RealtimePrompt? Prompt
        {
            get => _prompt;
            set
            {
                _prompt = value;
                _explicitNulls.Record("prompt", value);
            }
        }

        ExplicitNulls IHasExplicitNulls.ExplicitNulls => _explicitNulls;

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
