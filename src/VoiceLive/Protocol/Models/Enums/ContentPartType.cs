using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>The kind of a content part (<c>content[].type</c>, <c>part.type</c>). Any string is accepted, so a value the service adds later round-trips.</summary>
    [JsonConverter(typeof(Converter))]
    public readonly struct ContentPartType : IEquatable<ContentPartType>
    {
        private readonly string? _value;

        /// <summary>Creates a value from its wire string; any string is accepted so new values round-trip.</summary>
        /// <param name="value">The wire value.</param>
        public ContentPartType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>input_text</c>: text the client sent.</summary>
        public static ContentPartType InputText { get; } = new ContentPartType("input_text");

        /// <summary><c>input_audio</c>: audio the client sent.</summary>
        public static ContentPartType InputAudio { get; } = new ContentPartType("input_audio");

        /// <summary><c>input_image</c>: an image the client sent.</summary>
        public static ContentPartType InputImage { get; } = new ContentPartType("input_image");

        /// <summary><c>text</c>: text from the model.</summary>
        public static ContentPartType Text { get; } = new ContentPartType("text");

        /// <summary><c>audio</c>: audio from the model.</summary>
        public static ContentPartType Audio { get; } = new ContentPartType("audio");

        /// <summary>Compares two values by their wire string (ordinal, case-insensitive as the service is).</summary>
        public static bool operator ==(ContentPartType left, ContentPartType right) => left.Equals(right);

        /// <summary>Compares two values by their wire string.</summary>
        public static bool operator !=(ContentPartType left, ContentPartType right) => !left.Equals(right);

        /// <summary>Converts a wire string to a <see cref="ContentPartType"/>.</summary>
        public static implicit operator ContentPartType(string value) => new ContentPartType(value);

        /// <inheritdoc/>
        public bool Equals(ContentPartType other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is ContentPartType other && Equals(other);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

        /// <summary>The wire string.</summary>
        public override string ToString() => _value ?? string.Empty;

        internal sealed class Converter : ExtensibleEnumConverter<ContentPartType>
        {
            protected override ContentPartType Create(string value) => new ContentPartType(value);
        }
    }
}
