using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>An output modality of a session or response (<c>modalities</c> on the wire).</summary>
    [JsonConverter(typeof(Converter))]
    public readonly struct Modality : IEquatable<Modality>
    {
        private readonly string? _value;

        /// <summary>Creates a modality from its wire string; any string is accepted so new values round-trip.</summary>
        /// <param name="value">The wire value.</param>
        public Modality(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>text</c>: the model answers with text.</summary>
        public static Modality Text { get; } = new Modality("text");

        /// <summary><c>audio</c>: the model answers with audio and its transcript.</summary>
        public static Modality Audio { get; } = new Modality("audio");

        /// <summary><c>animation</c>: the service sends blendshape or viseme animation events.</summary>
        public static Modality Animation { get; } = new Modality("animation");

        /// <summary><c>avatar</c>: the service drives a video avatar.</summary>
        public static Modality Avatar { get; } = new Modality("avatar");

        /// <summary>Compares two values by their wire string (ordinal, case-insensitive as the service is).</summary>
        public static bool operator ==(Modality left, Modality right) => left.Equals(right);

        /// <summary>Compares two values by their wire string.</summary>
        public static bool operator !=(Modality left, Modality right) => !left.Equals(right);

        /// <summary>Converts a wire string to a <see cref="Modality"/>.</summary>
        public static implicit operator Modality(string value) => new Modality(value);

        /// <inheritdoc/>
        public bool Equals(Modality other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is Modality other && Equals(other);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

        /// <summary>The wire string.</summary>
        public override string ToString() => _value ?? string.Empty;

        internal sealed class Converter : ExtensibleEnumConverter<Modality>
        {
            protected override Modality Create(string value) => new Modality(value);
        }
    }
}
