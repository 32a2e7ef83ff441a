using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>Who a message is from (<c>role</c>). Any string is accepted, so a value the service adds later round-trips.</summary>
    [JsonConverter(typeof(Converter))]
    public readonly struct MessageRole : IEquatable<MessageRole>
    {
        private readonly string? _value;

        /// <summary>Creates a value from its wire string; any string is accepted so new values round-trip.</summary>
        /// <param name="value">The wire value.</param>
        public MessageRole(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>system</c>: instructions to the model.</summary>
        public static MessageRole System { get; } = new MessageRole("system");

        /// <summary><c>user</c>: the user.</summary>
        public static MessageRole User { get; } = new MessageRole("user");

        /// <summary><c>assistant</c>: the model.</summary>
        public static MessageRole Assistant { get; } = new MessageRole("assistant");

        /// <summary>Compares two values by their wire string (ordinal, case-insensitive as the service is).</summary>
        public static bool operator ==(MessageRole left, MessageRole right) => left.Equals(right);

        /// <summary>Compares two values by their wire string.</summary>
        public static bool operator !=(MessageRole left, MessageRole right) => !left.Equals(right);

        /// <summary>Converts a wire string to a <see cref="MessageRole"/>.</summary>
        public static implicit operator MessageRole(string value) => new MessageRole(value);

        /// <inheritdoc/>
        public bool Equals(MessageRole other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is MessageRole other && Equals(other);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

        /// <summary>The wire string.</summary>
        public override string ToString() => _value ?? string.Empty;

        internal sealed class Converter : ExtensibleEnumConverter<MessageRole>
        {
            protected override MessageRole Create(string value) => new MessageRole(value);
        }
    }
}
