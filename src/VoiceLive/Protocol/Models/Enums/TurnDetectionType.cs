using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>The kind of turn detection (<c>turn_detection.type</c>). Any string is accepted, so a value the service adds later round-trips.</summary>
    [JsonConverter(typeof(Converter))]
    public readonly struct TurnDetectionType : IEquatable<TurnDetectionType>
    {
        private readonly string? _value;

        /// <summary>Creates a value from its wire string; any string is accepted so new values round-trip.</summary>
        /// <param name="value">The wire value.</param>
        public TurnDetectionType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>server_vad</c>: voice activity detection on silence.</summary>
        public static TurnDetectionType ServerVad { get; } = new TurnDetectionType("server_vad");

        /// <summary><c>semantic_vad</c>: OpenAI semantic turn detection (api-version <c>v1</c>), tuned with <c>eagerness</c>.</summary>
        public static TurnDetectionType SemanticVad { get; } = new TurnDetectionType("semantic_vad");

        /// <summary><c>azure_semantic_vad</c>: Azure semantic voice activity detection.</summary>
        public static TurnDetectionType AzureSemanticVad { get; } = new TurnDetectionType("azure_semantic_vad");

        /// <summary><c>azure_semantic_vad_en</c>: Azure semantic voice activity detection tuned for English.</summary>
        public static TurnDetectionType AzureSemanticVadEn { get; } = new TurnDetectionType("azure_semantic_vad_en");

        /// <summary><c>azure_semantic_vad_multilingual</c>: Azure multilingual semantic voice activity detection.</summary>
        public static TurnDetectionType AzureSemanticVadMultilingual { get; } = new TurnDetectionType("azure_semantic_vad_multilingual");

        /// <summary>Compares two values by their wire string (ordinal, case-insensitive as the service is).</summary>
        public static bool operator ==(TurnDetectionType left, TurnDetectionType right) => left.Equals(right);

        /// <summary>Compares two values by their wire string.</summary>
        public static bool operator !=(TurnDetectionType left, TurnDetectionType right) => !left.Equals(right);

        /// <summary>Converts a wire string to a <see cref="TurnDetectionType"/>.</summary>
        public static implicit operator TurnDetectionType(string value) => new TurnDetectionType(value);

        /// <inheritdoc/>
        public bool Equals(TurnDetectionType other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is TurnDetectionType other && Equals(other);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

        /// <summary>The wire string.</summary>
        public override string ToString() => _value ?? string.Empty;

        internal sealed class Converter : ExtensibleEnumConverter<TurnDetectionType>
        {
            protected override TurnDetectionType Create(string value) => new TurnDetectionType(value);
        }
    }
}
