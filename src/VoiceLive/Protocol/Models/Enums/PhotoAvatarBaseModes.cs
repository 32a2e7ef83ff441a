using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>The model that animates a photo avatar (<c>avatar.model</c>). Any string is accepted, so a value the service adds later round-trips.</summary>
    [JsonConverter(typeof(Converter))]
    public readonly struct PhotoAvatarBaseModes : IEquatable<PhotoAvatarBaseModes>
    {
        private readonly string? _value;

        /// <summary>Creates a value from its wire string; any string is accepted so new values round-trip.</summary>
        /// <param name="value">The wire value.</param>
        public PhotoAvatarBaseModes(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>vasa-1</c>: the VASA-1 model (required for photo avatars).</summary>
        public static PhotoAvatarBaseModes Vasa1 { get; } = new PhotoAvatarBaseModes("vasa-1");

        /// <summary>Compares two values by their wire string (ordinal, case-insensitive as the service is).</summary>
        public static bool operator ==(PhotoAvatarBaseModes left, PhotoAvatarBaseModes right) => left.Equals(right);

        /// <summary>Compares two values by their wire string.</summary>
        public static bool operator !=(PhotoAvatarBaseModes left, PhotoAvatarBaseModes right) => !left.Equals(right);

        /// <summary>Converts a wire string to a <see cref="PhotoAvatarBaseModes"/>.</summary>
        public static implicit operator PhotoAvatarBaseModes(string value) => new PhotoAvatarBaseModes(value);

        /// <inheritdoc/>
        public bool Equals(PhotoAvatarBaseModes other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is PhotoAvatarBaseModes other && Equals(other);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

        /// <summary>The wire string.</summary>
        public override string ToString() => _value ?? string.Empty;

        internal sealed class Converter : ExtensibleEnumConverter<PhotoAvatarBaseModes>
        {
            protected override PhotoAvatarBaseModes Create(string value) => new PhotoAvatarBaseModes(value);
        }
    }
}
