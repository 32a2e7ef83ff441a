using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>Why a response was cancelled (<c>status_details.reason</c> when <c>type</c> is <c>cancelled</c>). Any string is accepted, so a value the service adds later round-trips.</summary>
    [JsonConverter(typeof(Converter))]
    public readonly struct ResponseCancelledReason : IEquatable<ResponseCancelledReason>
    {
        private readonly string? _value;

        /// <summary>Creates a value from its wire string; any string is accepted so new values round-trip.</summary>
        /// <param name="value">The wire value.</param>
        public ResponseCancelledReason(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>turn_detected</c>: the user started speaking (server turn detection).</summary>
        public static ResponseCancelledReason TurnDetected { get; } = new ResponseCancelledReason("turn_detected");

        /// <summary><c>client_cancelled</c>: the client sent <c>response.cancel</c>.</summary>
        public static ResponseCancelledReason ClientCancelled { get; } = new ResponseCancelledReason("client_cancelled");

        /// <summary>Compares two values by their wire string (ordinal, case-insensitive as the service is).</summary>
        public static bool operator ==(ResponseCancelledReason left, ResponseCancelledReason right) => left.Equals(right);

        /// <summary>Compares two values by their wire string.</summary>
        public static bool operator !=(ResponseCancelledReason left, ResponseCancelledReason right) => !left.Equals(right);

        /// <summary>Converts a wire string to a <see cref="ResponseCancelledReason"/>.</summary>
        public static implicit operator ResponseCancelledReason(string value) => new ResponseCancelledReason(value);

        /// <inheritdoc/>
        public bool Equals(ResponseCancelledReason other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is ResponseCancelledReason other && Equals(other);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

        /// <summary>The wire string.</summary>
        public override string ToString() => _value ?? string.Empty;

        internal sealed class Converter : ExtensibleEnumConverter<ResponseCancelledReason>
        {
            protected override ResponseCancelledReason Create(string value) => new ResponseCancelledReason(value);
        }
    }
}
