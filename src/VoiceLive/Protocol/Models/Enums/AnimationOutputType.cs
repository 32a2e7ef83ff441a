using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>An animation output the service streams (<c>animation.outputs</c>). Any string is accepted, so a value the service adds later round-trips.</summary>
    [JsonConverter(typeof(Converter))]
    public readonly struct AnimationOutputType : IEquatable<AnimationOutputType>
    {
        private readonly string? _value;

        /// <summary>Creates a value from its wire string; any string is accepted so new values round-trip.</summary>
        /// <param name="value">The wire value.</param>
        public AnimationOutputType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>blendshapes</c>: facial blendshape frames (<c>response.animation_blendshapes.*</c> events); the default.</summary>
        public static AnimationOutputType Blendshapes { get; } = new AnimationOutputType("blendshapes");

        /// <summary><c>viseme_id</c>: viseme ids with audio offsets (<c>response.animation_viseme.*</c> events).</summary>
        public static AnimationOutputType VisemeId { get; } = new AnimationOutputType("viseme_id");

        /// <summary>Compares two values by their wire string (ordinal, case-insensitive as the service is).</summary>
        public static bool operator ==(AnimationOutputType left, AnimationOutputType right) => left.Equals(right);

        /// <summary>Compares two values by their wire string.</summary>
        public static bool operator !=(AnimationOutputType left, AnimationOutputType right) => !left.Equals(right);

        /// <summary>Converts a wire string to a <see cref="AnimationOutputType"/>.</summary>
        public static implicit operator AnimationOutputType(string value) => new AnimationOutputType(value);

        /// <inheritdoc/>
        public bool Equals(AnimationOutputType other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is AnimationOutputType other && Equals(other);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

        /// <summary>The wire string.</summary>
        public override string ToString() => _value ?? string.Empty;

        internal sealed class Converter : ExtensibleEnumConverter<AnimationOutputType>
        {
            protected override AnimationOutputType Create(string value) => new AnimationOutputType(value);
        }
    }
}
