using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>What makes the service speak an interim response (<c>interim_response.triggers</c>). Any string is accepted, so a value the service adds later round-trips.</summary>
    [JsonConverter(typeof(Converter))]
    public readonly struct InterimResponseTrigger : IEquatable<InterimResponseTrigger>
    {
        private readonly string? _value;

        /// <summary>Creates a value from its wire string; any string is accepted so new values round-trip.</summary>
        /// <param name="value">The wire value.</param>
        public InterimResponseTrigger(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>latency</c>: the answer takes longer than <c>latency_threshold_ms</c>; the default.</summary>
        public static InterimResponseTrigger Latency { get; } = new InterimResponseTrigger("latency");

        /// <summary><c>tool</c>: the model calls a tool.</summary>
        public static InterimResponseTrigger Tool { get; } = new InterimResponseTrigger("tool");

        /// <summary>Compares two values by their wire string (ordinal, case-insensitive as the service is).</summary>
        public static bool operator ==(InterimResponseTrigger left, InterimResponseTrigger right) => left.Equals(right);

        /// <summary>Compares two values by their wire string.</summary>
        public static bool operator !=(InterimResponseTrigger left, InterimResponseTrigger right) => !left.Equals(right);

        /// <summary>Converts a wire string to a <see cref="InterimResponseTrigger"/>.</summary>
        public static implicit operator InterimResponseTrigger(string value) => new InterimResponseTrigger(value);

        /// <inheritdoc/>
        public bool Equals(InterimResponseTrigger other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is InterimResponseTrigger other && Equals(other);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

        /// <summary>The wire string.</summary>
        public override string ToString() => _value ?? string.Empty;

        internal sealed class Converter : ExtensibleEnumConverter<InterimResponseTrigger>
        {
            protected override InterimResponseTrigger Create(string value) => new InterimResponseTrigger(value);
        }
    }
}
