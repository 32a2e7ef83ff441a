using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>Why a response stopped early (<c>status_details.reason</c> when <c>type</c> is <c>incomplete</c>). Any string is accepted, so a value the service adds later round-trips.</summary>
    [JsonConverter(typeof(Converter))]
    public readonly struct ResponseIncompleteReason : IEquatable<ResponseIncompleteReason>
    {
        private readonly string? _value;

        /// <summary>Creates a value from its wire string; any string is accepted so new values round-trip.</summary>
        /// <param name="value">The wire value.</param>
        public ResponseIncompleteReason(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>max_output_tokens</c>: the output token limit was reached.</summary>
        public static ResponseIncompleteReason MaxOutputTokens { get; } = new ResponseIncompleteReason("max_output_tokens");

        /// <summary><c>content_filter</c>: the content filter stopped the output.</summary>
        public static ResponseIncompleteReason ContentFilter { get; } = new ResponseIncompleteReason("content_filter");

        /// <summary>Compares two values by their wire string (ordinal, case-insensitive as the service is).</summary>
        public static bool operator ==(ResponseIncompleteReason left, ResponseIncompleteReason right) => left.Equals(right);

        /// <summary>Compares two values by their wire string.</summary>
        public static bool operator !=(ResponseIncompleteReason left, ResponseIncompleteReason right) => !left.Equals(right);

        /// <summary>Converts a wire string to a <see cref="ResponseIncompleteReason"/>.</summary>
        public static implicit operator ResponseIncompleteReason(string value) => new ResponseIncompleteReason(value);

        /// <inheritdoc/>
        public bool Equals(ResponseIncompleteReason other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is ResponseIncompleteReason other && Equals(other);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

        /// <summary>The wire string.</summary>
        public override string ToString() => _value ?? string.Empty;

        internal sealed class Converter : ExtensibleEnumConverter<ResponseIncompleteReason>
        {
            protected override ResponseIncompleteReason Create(string value) => new ResponseIncompleteReason(value);
        }
    }
}
