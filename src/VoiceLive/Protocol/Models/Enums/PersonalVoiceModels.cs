using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>The neural model that renders an Azure personal voice (<c>model</c> of <c>azure-personal</c> and <c>avatar-voice-sync</c> voices). Any string is accepted, so a value the service adds later round-trips.</summary>
    [JsonConverter(typeof(Converter))]
    public readonly struct PersonalVoiceModels : IEquatable<PersonalVoiceModels>
    {
        private readonly string? _value;

        /// <summary>Creates a value from its wire string; any string is accepted so new values round-trip.</summary>
        /// <param name="value">The wire value.</param>
        public PersonalVoiceModels(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>DragonLatestNeural</c>: the latest Dragon model.</summary>
        public static PersonalVoiceModels DragonLatestNeural { get; } = new PersonalVoiceModels("DragonLatestNeural");

        /// <summary><c>PhoenixLatestNeural</c>: the latest Phoenix model.</summary>
        public static PersonalVoiceModels PhoenixLatestNeural { get; } = new PersonalVoiceModels("PhoenixLatestNeural");

        /// <summary><c>PhoenixV2Neural</c>: the Phoenix V2 model.</summary>
        public static PersonalVoiceModels PhoenixV2Neural { get; } = new PersonalVoiceModels("PhoenixV2Neural");

        /// <summary><c>DragonHDOmniLatestNeural</c>: the latest Dragon HD Omni model.</summary>
        public static PersonalVoiceModels DragonHDOmniLatestNeural { get; } = new PersonalVoiceModels("DragonHDOmniLatestNeural");

        /// <summary><c>MAI-Voice-1</c>: the MAI-Voice-1 model.</summary>
        public static PersonalVoiceModels MaiVoice1 { get; } = new PersonalVoiceModels("MAI-Voice-1");

        /// <summary>Compares two values by their wire string (ordinal, case-insensitive as the service is).</summary>
        public static bool operator ==(PersonalVoiceModels left, PersonalVoiceModels right) => left.Equals(right);

        /// <summary>Compares two values by their wire string.</summary>
        public static bool operator !=(PersonalVoiceModels left, PersonalVoiceModels right) => !left.Equals(right);

        /// <summary>Converts a wire string to a <see cref="PersonalVoiceModels"/>.</summary>
        public static implicit operator PersonalVoiceModels(string value) => new PersonalVoiceModels(value);

        /// <inheritdoc/>
        public bool Equals(PersonalVoiceModels other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is PersonalVoiceModels other && Equals(other);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

        /// <summary>The wire string.</summary>
        public override string ToString() => _value ?? string.Empty;

        internal sealed class Converter : ExtensibleEnumConverter<PersonalVoiceModels>
        {
            protected override PersonalVoiceModels Create(string value) => new PersonalVoiceModels(value);
        }
    }
}
