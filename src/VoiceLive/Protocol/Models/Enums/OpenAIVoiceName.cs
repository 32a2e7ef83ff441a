using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>The name of an OpenAI voice (<c>name</c> of a voice of type <c>openai</c>, or the legacy plain-string <c>voice</c>). Any string is accepted, so a value the service adds later round-trips.</summary>
    [JsonConverter(typeof(Converter))]
    public readonly struct OpenAIVoiceName : IEquatable<OpenAIVoiceName>
    {
        private readonly string? _value;

        /// <summary>Creates a value from its wire string; any string is accepted so new values round-trip.</summary>
        /// <param name="value">The wire value.</param>
        public OpenAIVoiceName(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>alloy</c>: the OpenAI voice <c>alloy</c>.</summary>
        public static OpenAIVoiceName Alloy { get; } = new OpenAIVoiceName("alloy");

        /// <summary><c>ash</c>: the OpenAI voice <c>ash</c>.</summary>
        public static OpenAIVoiceName Ash { get; } = new OpenAIVoiceName("ash");

        /// <summary><c>ballad</c>: the OpenAI voice <c>ballad</c>.</summary>
        public static OpenAIVoiceName Ballad { get; } = new OpenAIVoiceName("ballad");

        /// <summary><c>coral</c>: the OpenAI voice <c>coral</c>.</summary>
        public static OpenAIVoiceName Coral { get; } = new OpenAIVoiceName("coral");

        /// <summary><c>echo</c>: the OpenAI voice <c>echo</c>.</summary>
        public static OpenAIVoiceName Echo { get; } = new OpenAIVoiceName("echo");

        /// <summary><c>sage</c>: the OpenAI voice <c>sage</c>.</summary>
        public static OpenAIVoiceName Sage { get; } = new OpenAIVoiceName("sage");

        /// <summary><c>shimmer</c>: the OpenAI voice <c>shimmer</c>.</summary>
        public static OpenAIVoiceName Shimmer { get; } = new OpenAIVoiceName("shimmer");

        /// <summary><c>verse</c>: the OpenAI voice <c>verse</c>.</summary>
        public static OpenAIVoiceName Verse { get; } = new OpenAIVoiceName("verse");

        /// <summary><c>marin</c>: the OpenAI voice <c>marin</c>.</summary>
        public static OpenAIVoiceName Marin { get; } = new OpenAIVoiceName("marin");

        /// <summary><c>cedar</c>: the OpenAI voice <c>cedar</c>.</summary>
        public static OpenAIVoiceName Cedar { get; } = new OpenAIVoiceName("cedar");

        /// <summary>Compares two values by their wire string (ordinal, case-insensitive as the service is).</summary>
        public static bool operator ==(OpenAIVoiceName left, OpenAIVoiceName right) => left.Equals(right);

        /// <summary>Compares two values by their wire string.</summary>
        public static bool operator !=(OpenAIVoiceName left, OpenAIVoiceName right) => !left.Equals(right);

        /// <summary>Converts a wire string to a <see cref="OpenAIVoiceName"/>.</summary>
        public static implicit operator OpenAIVoiceName(string value) => new OpenAIVoiceName(value);

        /// <inheritdoc/>
        public bool Equals(OpenAIVoiceName other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is OpenAIVoiceName other && Equals(other);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

        /// <summary>The wire string.</summary>
        public override string ToString() => _value ?? string.Empty;

        internal sealed class Converter : ExtensibleEnumConverter<OpenAIVoiceName>
        {
            protected override OpenAIVoiceName Create(string value) => new OpenAIVoiceName(value);
        }
    }
}
