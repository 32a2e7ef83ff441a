using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json.Converters;
using VoiceLive.Protocol.Models;

namespace VoiceLive
{
    /// <summary>
    /// Session tracing (<c>tracing</c>, api-version <c>v1</c>): <see cref="Auto"/> (the string <c>auto</c>) traces with
    /// the service's default names, or a configuration with a workflow name, group id and metadata. Assign null on
    /// <see cref="RequestSession.Tracing"/> to send <c>null</c>, which turns tracing off.
    /// </summary>
    [JsonConverter(typeof(SessionTracingConverter))]
    public sealed class SessionTracing
    {
        private IDictionary<string, BinaryData> _metadata = new OptionalDictionary<string, BinaryData>();

        /// <summary>Tracing with the service's default workflow name, group id and metadata (the string <c>auto</c>).</summary>
        public static SessionTracing Auto { get; } = CreateAuto();

        /// <summary>True for <see cref="Auto"/> (and for an <c>auto</c> read from the service).</summary>
        [JsonIgnore]
        public bool IsAuto { get; private set; }

        /// <summary>The name of the workflow the trace belongs to (<c>workflow_name</c>).</summary>
        [JsonPropertyName("workflow_name")]
        public string? WorkflowName { get; set; }

        /// <summary>The group id that links related traces (<c>group_id</c>).</summary>
        [JsonPropertyName("group_id")]
        public string? GroupId { get; set; }

        /// <summary>Free-form metadata attached to the trace (<c>metadata</c>), each value as raw JSON. Not sent until an item is added.</summary>
        [JsonPropertyName("metadata")]
        [JsonConverter(typeof(RawJsonDictionaryConverter))]
        public IDictionary<string, BinaryData> Metadata
        {
            get => _metadata;
            set => _metadata = value ?? new OptionalDictionary<string, BinaryData>();
        }

        internal static SessionTracing CreateAuto() => new SessionTracing { IsAuto = true };
    }
}
