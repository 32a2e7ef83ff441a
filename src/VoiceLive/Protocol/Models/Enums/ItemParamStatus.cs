using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>The status the client gives an item it creates (<c>status</c>). Any string is accepted, so a value the service adds later round-trips.</summary>
    [JsonConverter(typeof(Converter))]
    public readonly struct ItemParamStatus : IEquatable<ItemParamStatus>
    {
        private readonly string? _value;

        /// <summary>Creates a value from its wire string; any string is accepted so new values round-trip.</summary>
        /// <param name="value">The wire value.</param>
        public ItemParamStatus(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>completed</c>: the item is complete.</summary>
        public static ItemParamStatus Completed { get; } = new ItemParamStatus("completed");

        /// <summary><c>incomplete</c>: the item was cut short.</summary>
        public static ItemParamStatus Incomplete { get; } = new ItemParamStatus("incomplete");

        /// <summary>Compares two values by their wire string (ordinal, case-insensitive as the service is).</summary>
        public static bool operator ==(ItemParamStatus left, ItemParamStatus right) => left.Equals(right);

        /// <summary>Compares two values by their wire string.</summary>
        public static bool operator !=(ItemParamStatus left, ItemParamStatus right) => !left.Equals(right);

        /// <summary>Converts a wire string to a <see cref="ItemParamStatus"/>.</summary>
        public static implicit operator ItemParamStatus(string value) => new ItemParamStatus(value);

        /// <inheritdoc/>
        public bool Equals(ItemParamStatus other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is ItemParamStatus other && Equals(other);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

        /// <summary>The wire string.</summary>
        public override string ToString() => _value ?? string.Empty;

        internal sealed class Converter : ExtensibleEnumConverter<ItemParamStatus>
        {
            protected override ItemParamStatus Create(string value) => new ItemParamStatus(value);
        }
    }
}
