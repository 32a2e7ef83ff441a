using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>How much reasoning a reasoning model does before answering (<c>reasoning_effort</c>). Any string is accepted, so a value the service adds later round-trips.</summary>
    [JsonConverter(typeof(Converter))]
    public readonly struct ReasoningEffort : IEquatable<ReasoningEffort>
    {
        private readonly string? _value;

        /// <summary>Creates a value from its wire string; any string is accepted so new values round-trip.</summary>
        /// <param name="value">The wire value.</param>
        public ReasoningEffort(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>none</c>: no reasoning.</summary>
        public static ReasoningEffort None { get; } = new ReasoningEffort("none");

        /// <summary><c>minimal</c>: minimal reasoning.</summary>
        public static ReasoningEffort Minimal { get; } = new ReasoningEffort("minimal");

        /// <summary><c>low</c>: low effort.</summary>
        public static ReasoningEffort Low { get; } = new ReasoningEffort("low");

        /// <summary><c>medium</c>: medium effort.</summary>
        public static ReasoningEffort Medium { get; } = new ReasoningEffort("medium");

        /// <summary><c>high</c>: high effort.</summary>
        public static ReasoningEffort High { get; } = new ReasoningEffort("high");

        /// <summary><c>xhigh</c>: the highest effort.</summary>
        public static ReasoningEffort XHigh { get; } = new ReasoningEffort("xhigh");

        /// <summary>Compares two values by their wire string (ordinal, case-insensitive as the service is).</summary>
        public static bool operator ==(ReasoningEffort left, ReasoningEffort right) => left.Equals(right);

        /// <summary>Compares two values by their wire string.</summary>
        public static bool operator !=(ReasoningEffort left, ReasoningEffort right) => !left.Equals(right);

        /// <summary>Converts a wire string to a <see cref="ReasoningEffort"/>.</summary>
        public static implicit operator ReasoningEffort(string value) => new ReasoningEffort(value);

        /// <inheritdoc/>
        public bool Equals(ReasoningEffort other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is ReasoningEffort other && Equals(other);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

        /// <summary>The wire string.</summary>
        public override string ToString() => _value ?? string.Empty;

        internal sealed class Converter : ExtensibleEnumConverter<ReasoningEffort>
        {
            protected override ReasoningEffort Create(string value) => new ReasoningEffort(value);
        }
    }
}
