using System;
using System.Globalization;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json.Converters;

namespace VoiceLive
{
    /// <summary>
    /// An output token limit (<c>max_response_output_tokens</c> of a session, <c>max_output_tokens</c> of a response):
    /// a positive number, or <see cref="Infinite"/> (<c>"inf"</c> on the wire) for the model's maximum.
    /// <c>MaxResponseOutputTokens = 1024</c> works through the implicit conversion.
    /// </summary>
    [JsonConverter(typeof(MaxOutputTokensConverter))]
    public readonly struct MaxOutputTokens : IEquatable<MaxOutputTokens>
    {
        private readonly int _value;
        private readonly bool _isFinite;

        /// <summary>Creates a finite limit.</summary>
        /// <param name="value">The number of tokens.</param>
        public MaxOutputTokens(int value)
        {
            _value = value;
            _isFinite = true;
        }

        /// <summary>No limit other than the model's own (<c>"inf"</c> on the wire). This is also the default value of the struct.</summary>
        public static MaxOutputTokens Infinite => default;

        /// <summary>True for <see cref="Infinite"/>.</summary>
        public bool IsInfinite => !_isFinite;

        /// <summary>The number of tokens, or null for <see cref="Infinite"/>.</summary>
        public int? Value => _isFinite ? _value : null;

        /// <summary>Converts a number of tokens to a finite limit.</summary>
        /// <param name="value">The number of tokens.</param>
        public static implicit operator MaxOutputTokens(int value) => new MaxOutputTokens(value);

        /// <summary>Compares two limits.</summary>
        public static bool operator ==(MaxOutputTokens left, MaxOutputTokens right) => left.Equals(right);

        /// <summary>Compares two limits.</summary>
        public static bool operator !=(MaxOutputTokens left, MaxOutputTokens right) => !left.Equals(right);

        /// <inheritdoc/>
        public bool Equals(MaxOutputTokens other) => _isFinite == other._isFinite && _value == other._value;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is MaxOutputTokens other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => _isFinite ? _value : -1;

        /// <summary>The wire form: the number, or <c>inf</c>.</summary>
        public override string ToString() => _isFinite ? _value.ToString(CultureInfo.InvariantCulture) : "inf";
    }
}
