using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>How closely the model looks at an input image (<c>detail</c>). Any string is accepted, so a value the service adds later round-trips.</summary>
    [JsonConverter(typeof(Converter))]
    public readonly struct RequestImageContentPartDetail : IEquatable<RequestImageContentPartDetail>
    {
        private readonly string? _value;

        /// <summary>Creates a value from its wire string; any string is accepted so new values round-trip.</summary>
        /// <param name="value">The wire value.</param>
        public RequestImageContentPartDetail(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>auto</c>: the model decides.</summary>
        public static RequestImageContentPartDetail Auto { get; } = new RequestImageContentPartDetail("auto");

        /// <summary><c>low</c>: low detail, fewer tokens.</summary>
        public static RequestImageContentPartDetail Low { get; } = new RequestImageContentPartDetail("low");

        /// <summary><c>high</c>: high detail.</summary>
        public static RequestImageContentPartDetail High { get; } = new RequestImageContentPartDetail("high");

        /// <summary>Compares two values by their wire string (ordinal, case-insensitive as the service is).</summary>
        public static bool operator ==(RequestImageContentPartDetail left, RequestImageContentPartDetail right) => left.Equals(right);

        /// <summary>Compares two values by their wire string.</summary>
        public static bool operator !=(RequestImageContentPartDetail left, RequestImageContentPartDetail right) => !left.Equals(right);

        /// <summary>Converts a wire string to a <see cref="RequestImageContentPartDetail"/>.</summary>
        public static implicit operator RequestImageContentPartDetail(string value) => new RequestImageContentPartDetail(value);

        /// <inheritdoc/>
        public bool Equals(RequestImageContentPartDetail other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is RequestImageContentPartDetail other && Equals(other);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

        /// <summary>The wire string.</summary>
        public override string ToString() => _value ?? string.Empty;

        internal sealed class Converter : ExtensibleEnumConverter<RequestImageContentPartDetail>
        {
            protected override RequestImageContentPartDetail Create(string value) => new RequestImageContentPartDetail(value);
        }
    }
}
