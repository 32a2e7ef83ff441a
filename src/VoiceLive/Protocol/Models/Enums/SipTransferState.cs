using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>The state of a SIP call transfer (preview). Any string is accepted, so a value the service adds later round-trips.</summary>
    [JsonConverter(typeof(Converter))]
    public readonly struct SipTransferState : IEquatable<SipTransferState>
    {
        private readonly string? _value;

        /// <summary>Creates a value from its wire string; any string is accepted so new values round-trip.</summary>
        /// <param name="value">The wire value.</param>
        public SipTransferState(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>trying</c>: the transfer is in progress.</summary>
        public static SipTransferState Trying { get; } = new SipTransferState("trying");

        /// <summary><c>succeeded</c>: the transfer succeeded.</summary>
        public static SipTransferState Succeeded { get; } = new SipTransferState("succeeded");

        /// <summary><c>failed</c>: the transfer failed.</summary>
        public static SipTransferState Failed { get; } = new SipTransferState("failed");

        /// <summary>Compares two values by their wire string (ordinal, case-insensitive as the service is).</summary>
        public static bool operator ==(SipTransferState left, SipTransferState right) => left.Equals(right);

        /// <summary>Compares two values by their wire string.</summary>
        public static bool operator !=(SipTransferState left, SipTransferState right) => !left.Equals(right);

        /// <summary>Converts a wire string to a <see cref="SipTransferState"/>.</summary>
        public static implicit operator SipTransferState(string value) => new SipTransferState(value);

        /// <inheritdoc/>
        public bool Equals(SipTransferState other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is SipTransferState other && Equals(other);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

        /// <summary>The wire string.</summary>
        public override string ToString() => _value ?? string.Empty;

        internal sealed class Converter : ExtensibleEnumConverter<SipTransferState>
        {
            protected override SipTransferState Create(string value) => new SipTransferState(value);
        }
    }
}
