using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using System.Text.Json;
using VoiceLive.Protocol.Json.Converters;
using VoiceLive.Protocol.Models;

namespace VoiceLive
{
    /// <summary>Settings for one response, sent in <c>response.create</c> (<c>response</c>). Unset properties are not sent and the session's settings apply; <see cref="Tools"/>, <see cref="ToolChoice"/> and <see cref="InterimResponse"/> assigned null are sent as <c>null</c>.</summary>
    public sealed class ResponseCreateParams : IHasExplicitNulls
    {
        private IDictionary<string, JsonElement>? _additionalProperties;
        private readonly ExplicitNulls _explicitNulls = new ExplicitNulls();
        private InterimResponseConfig? _interimResponse;
        private string? _toolChoice;
        private IList<ConversationRequestItem> _appendInputItems = new OptionalList<ConversationRequestItem>();
        private IList<ConversationRequestItem> _inputItems = new OptionalList<ConversationRequestItem>();
        private IList<ConversationRequestItem> _input = new OptionalList<ConversationRequestItem>();
        private IList<Modality> _modalities = new OptionalList<Modality>();
        private IList<Tool> _tools = new OptionalList<Tool>();
        private IDictionary<string, string> _metadata = new OptionalDictionary<string, string>();
        private IDictionary<string, BinaryData> _invokeInput = new OptionalDictionary<string, BinaryData>();

        /// <summary>
        /// Reads <c>max_response_output_tokens</c>, the session's name for the limit, which documentation examples put in
        /// <c>response.create</c>, into <see cref="MaxOutputTokens"/>; never written.
        /// </summary>
        [JsonPropertyName("max_response_output_tokens")]
        [JsonInclude]
        internal MaxOutputTokens? LegacyMaxResponseOutputTokens
        {
            get => null;

            // The current field wins: a legacy value only fills it while it is unset, whichever comes first in the object.
            set => MaxOutputTokens ??= value;
        }

        /// <summary>Whether the input audio buffer is committed first (<c>commit</c>).</summary>
        [JsonPropertyName("commit")]
        public bool? Commit { get; set; }

        /// <summary>Whether a response in progress is cancelled first (<c>cancel_previous</c>).</summary>
        [JsonPropertyName("cancel_previous")]
        public bool? CancelPrevious { get; set; }

        /// <summary>Items appended to the conversation before responding (<c>append_input_items</c>). Not sent until it is assigned or an item is added; an assigned empty collection is sent as empty.</summary>
        [JsonPropertyName("append_input_items")]
        public IList<ConversationRequestItem> AppendInputItems
        {
            get => _appendInputItems;
            set => _appendInputItems = value ?? new OptionalList<ConversationRequestItem>();
        }

        /// <summary>Items used as the whole input of this response instead of the conversation (<c>input_items</c>). Not sent until it is assigned or an item is added; an assigned empty collection is sent as empty.</summary>
        [JsonPropertyName("input_items")]
        public IList<ConversationRequestItem> InputItems
        {
            get => _inputItems;
            set => _inputItems = value ?? new OptionalList<ConversationRequestItem>();
        }

        /// <summary>The output modalities (<c>modalities</c>). Not sent until it is assigned or an item is added; an assigned empty collection is sent as empty.</summary>
        [JsonPropertyName("modalities")]
        public IList<Modality> Modalities
        {
            get => _modalities;
            set => _modalities = value ?? new OptionalList<Modality>();
        }

        /// <summary>Instructions for this response (<c>instructions</c>).</summary>
        [JsonPropertyName("instructions")]
        public string? Instructions { get; set; }

        /// <summary>The voice for this response (<c>voice</c>).</summary>
        [JsonPropertyName("voice")]
        public Voice? Voice { get; set; }

        /// <summary>Encoding of the output audio (<c>output_audio_format</c>).</summary>
        [JsonPropertyName("output_audio_format")]
        public OutputAudioFormat? OutputAudioFormat { get; set; }

        /// <summary>Tools the model may call in this response (<c>tools</c>). Not sent until it is assigned or an item is added; an assigned empty collection is sent as empty.</summary>
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

        /// <summary>How the model chooses tools (<c>tool_choice</c>): <c>auto</c>, <c>none</c>, <c>required</c> or a function name. A plain string here, unlike the session's <see cref="VoiceLive.ToolChoice"/>.</summary>
        [JsonPropertyName("tool_choice")]
        public string? ToolChoice
        {
            get => _toolChoice;
            set
            {
                _toolChoice = value;
                _explicitNulls.Record("tool_choice", value);
            }
        }

        /// <summary>Sampling temperature (<c>temperature</c>).</summary>
        [JsonPropertyName("temperature")]
        public double? Temperature { get; set; }

        /// <summary>Output token limit (<c>max_output_tokens</c>): a number or <c>inf</c>.</summary>
        [JsonPropertyName("max_output_tokens")]
        public MaxOutputTokens? MaxOutputTokens { get; set; }

        /// <summary>An assistant message the service speaks as the response instead of generating one (<c>pre_generated_assistant_message</c>).</summary>
        [JsonPropertyName("pre_generated_assistant_message")]
        public AssistantMessageItem? PreGeneratedAssistantMessage { get; set; }

        /// <summary>Reasoning effort (<c>reasoning_effort</c>).</summary>
        [JsonPropertyName("reasoning_effort")]
        public ReasoningEffort? ReasoningEffort { get; set; }

        /// <summary>Key-value pairs attached to the response (<c>metadata</c>). Not sent until it is assigned or an item is added; an assigned empty collection is sent as empty.</summary>
        [JsonPropertyName("metadata")]
        public IDictionary<string, string> Metadata
        {
            get => _metadata;
            set => _metadata = value ?? new OptionalDictionary<string, string>();
        }

        /// <summary>Interim responses for this response (<c>interim_response</c>).</summary>
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

        /// <summary>Input values passed to a hosted agent (<c>invoke_input</c>); each value is raw JSON. Not sent until it is assigned or an item is added; an assigned empty collection is sent as empty.</summary>
        [JsonPropertyName("invoke_input")]
        [JsonConverter(typeof(RawJsonDictionaryConverter))]
        public IDictionary<string, BinaryData> InvokeInput
        {
            get => _invokeInput;
            set => _invokeInput = value ?? new OptionalDictionary<string, BinaryData>();
        }

        /// <summary>Which conversation the response writes to (<c>conversation</c>, api-version <c>v1</c>): <see cref="ResponseConversation.Auto"/> (the default) or <see cref="ResponseConversation.None"/> for an out-of-band response.</summary>
        [JsonPropertyName("conversation")]
        public ResponseConversation? Conversation { get; set; }

        /// <summary>
        /// The context of this response instead of the conversation (<c>input</c>, api-version <c>v1</c>): new items and
        /// <see cref="ItemReferenceItem"/>s to existing ones. Not sent until it is assigned or an item is added; an
        /// assigned empty collection is sent as empty, which gives the response no context.
        /// </summary>
        [JsonPropertyName("input")]
        public IList<ConversationRequestItem> Input
        {
            get => _input;
            set => _input = value ?? new OptionalList<ConversationRequestItem>();
        }

        /// <summary>A stored prompt template for this response (<c>prompt</c>, api-version <c>v1</c>).</summary>
        [JsonPropertyName("prompt")]
        public RealtimePrompt? Prompt { get; set; }

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
