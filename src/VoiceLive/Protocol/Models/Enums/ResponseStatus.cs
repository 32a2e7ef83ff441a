using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>The state of a response (<c>response.status</c>, <c>status_details.type</c>). Any string is accepted, so a value the service adds later round-trips.</summary>
    [JsonConverter(typeof(Converter))]
    public readonly struct ResponseStatus : IEquatable<ResponseStatus>
    {
        private readonly string? _value;

        /// <summary>Creates a value from its wire string; any string is accepted so new values round-trip.</summary>
        /// <param name="value">The wire value.</param>
        public ResponseStatus(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>completed</c>: the response finished.</summary>
        public static ResponseStatus Completed { get; } = new ResponseStatus("completed");

        /// <summary><c>cancelled</c>: the response was cancelled.</summary>
        public static ResponseStatus Cancelled { get; } = new ResponseStatus("cancelled");

        /// <summary><c>failed</c>: the response failed.</summary>
        public static ResponseStatus Failed { get; } = new ResponseStatus("failed");

        /// <summary><c>incomplete</c>: the response stopped early (token limit or content filter).</summary>
        public static ResponseStatus Incomplete { get; } = new ResponseStatus("incomplete");

        /// <summary><c>in_progress</c>: the response is being generated.</summary>
        public static ResponseStatus InProgress { get; } = new ResponseStatus("in_progress");

        /// <summary>Compares two values by their wire string (ordinal, case-insensitive as the service is).</summary>
        public static bool operator ==(ResponseStatus left, ResponseStatus right) => left.Equals(right);

        /// <summary>Compares two values by their wire string.</summary>
        public static bool operator !=(ResponseStatus left, ResponseStatus right) => !left.Equals(right);

        /// <summary>Converts a wire string to a <see cref="ResponseStatus"/>.</summary>
        public static implicit operator ResponseStatus(string value) => new ResponseStatus(value);

        /// <inheritdoc/>
        public bool Equals(ResponseStatus other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is ResponseStatus other && Equals(other);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

        /// <summary>The wire string.</summary>
        public override string ToString() => _value ?? string.Empty;

        internal sealed class Converter : ExtensibleEnumConverter<ResponseStatus>
        {
            protected override ResponseStatus Create(string value) => new ResponseStatus(value);
        }
    }
}
