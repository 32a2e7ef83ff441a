using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>The kind of avatar (<c>avatar.type</c>). Any string is accepted, so a value the service adds later round-trips.</summary>
    [JsonConverter(typeof(Converter))]
    public readonly struct AvatarConfigTypes : IEquatable<AvatarConfigTypes>
    {
        private readonly string? _value;

        /// <summary>Creates a value from its wire string; any string is accepted so new values round-trip.</summary>
        /// <param name="value">The wire value.</param>
        public AvatarConfigTypes(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>video-avatar</c>: a video avatar character; the default.</summary>
        public static AvatarConfigTypes VideoAvatar { get; } = new AvatarConfigTypes("video-avatar");

        /// <summary><c>photo-avatar</c>: an avatar animated from a photo.</summary>
        public static AvatarConfigTypes PhotoAvatar { get; } = new AvatarConfigTypes("photo-avatar");

        /// <summary>Compares two values by their wire string (ordinal, case-insensitive as the service is).</summary>
        public static bool operator ==(AvatarConfigTypes left, AvatarConfigTypes right) => left.Equals(right);

        /// <summary>Compares two values by their wire string.</summary>
        public static bool operator !=(AvatarConfigTypes left, AvatarConfigTypes right) => !left.Equals(right);

        /// <summary>Converts a wire string to a <see cref="AvatarConfigTypes"/>.</summary>
        public static implicit operator AvatarConfigTypes(string value) => new AvatarConfigTypes(value);

        /// <inheritdoc/>
        public bool Equals(AvatarConfigTypes other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is AvatarConfigTypes other && Equals(other);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

        /// <summary>The wire string.</summary>
        public override string ToString() => _value ?? string.Empty;

        internal sealed class Converter : ExtensibleEnumConverter<AvatarConfigTypes>
        {
            protected override AvatarConfigTypes Create(string value) => new AvatarConfigTypes(value);
        }
    }
}
