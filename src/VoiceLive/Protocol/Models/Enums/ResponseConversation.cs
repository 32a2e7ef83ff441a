using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>Which conversation a response writes to (<c>conversation</c> of <c>response.create</c>). Any string is accepted, so a value the service adds later round-trips.</summary>
    [JsonConverter(typeof(Converter))]
    public readonly struct ResponseConversation : IEquatable<ResponseConversation>
    {
        private readonly string? _value;

        /// <summary>Creates a value from its wire string; any string is accepted so new values round-trip.</summary>
        /// <param name="value">The wire value.</param>
        public ResponseConversation(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>auto</c>: the default conversation.</summary>
        public static ResponseConversation Auto { get; } = new ResponseConversation("auto");

        /// <summary><c>none</c>: no conversation: an out-of-band response whose items are not added to the default conversation.</summary>
        public static ResponseConversation None { get; } = new ResponseConversation("none");

        /// <summary>Compares two values by their wire string (ordinal, case-insensitive as the service is).</summary>
        public static bool operator ==(ResponseConversation left, ResponseConversation right) => left.Equals(right);

        /// <summary>Compares two values by their wire string.</summary>
        public static bool operator !=(ResponseConversation left, ResponseConversation right) => !left.Equals(right);

        /// <summary>Converts a wire string to a <see cref="ResponseConversation"/>.</summary>
        public static implicit operator ResponseConversation(string value) => new ResponseConversation(value);

        /// <inheritdoc/>
        public bool Equals(ResponseConversation other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is ResponseConversation other && Equals(other);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

        /// <summary>The wire string.</summary>
        public override string ToString() => _value ?? string.Empty;

        internal sealed class Converter : ExtensibleEnumConverter<ResponseConversation>
        {
            protected override ResponseConversation Create(string value) => new ResponseConversation(value);
        }
    }
}
