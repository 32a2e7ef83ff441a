using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>The state of an item in a response (<c>item.status</c>). Any string is accepted, so a value the service adds later round-trips.</summary>
    [JsonConverter(typeof(Converter))]
    public readonly struct ResponseItemStatus : IEquatable<ResponseItemStatus>
    {
        private readonly string? _value;

        /// <summary>Creates a value from its wire string; any string is accepted so new values round-trip.</summary>
        /// <param name="value">The wire value.</param>
        public ResponseItemStatus(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>in_progress</c>: the item is being generated.</summary>
        public static ResponseItemStatus InProgress { get; } = new ResponseItemStatus("in_progress");

        /// <summary><c>completed</c>: the item is complete.</summary>
        public static ResponseItemStatus Completed { get; } = new ResponseItemStatus("completed");

        /// <summary><c>incomplete</c>: the item was cut short.</summary>
        public static ResponseItemStatus Incomplete { get; } = new ResponseItemStatus("incomplete");

        /// <summary>Compares two values by their wire string (ordinal, case-insensitive as the service is).</summary>
        public static bool operator ==(ResponseItemStatus left, ResponseItemStatus right) => left.Equals(right);

        /// <summary>Compares two values by their wire string.</summary>
        public static bool operator !=(ResponseItemStatus left, ResponseItemStatus right) => !left.Equals(right);

        /// <summary>Converts a wire string to a <see cref="ResponseItemStatus"/>.</summary>
        public static implicit operator ResponseItemStatus(string value) => new ResponseItemStatus(value);

        /// <inheritdoc/>
        public bool Equals(ResponseItemStatus other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is ResponseItemStatus other && Equals(other);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

        /// <summary>The wire string.</summary>
        public override string ToString() => _value ?? string.Empty;

        internal sealed class Converter : ExtensibleEnumConverter<ResponseItemStatus>
        {
            protected override ResponseItemStatus Create(string value) => new ResponseItemStatus(value);
        }
    }
}
