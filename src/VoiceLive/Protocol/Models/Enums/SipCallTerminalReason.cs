using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>Why a SIP call ended (preview <c>realtime.call.*</c> events; PascalCase on the wire). Any string is accepted, so a value the service adds later round-trips.</summary>
    [JsonConverter(typeof(Converter))]
    public readonly struct SipCallTerminalReason : IEquatable<SipCallTerminalReason>
    {
        private readonly string? _value;

        /// <summary>Creates a value from its wire string; any string is accepted so new values round-trip.</summary>
        /// <param name="value">The wire value.</param>
        public SipCallTerminalReason(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>Rejected</c>: the application rejected the call.</summary>
        public static SipCallTerminalReason Rejected { get; } = new SipCallTerminalReason("Rejected");

        /// <summary><c>CustomerHangup</c>: the caller hung up.</summary>
        public static SipCallTerminalReason CustomerHangup { get; } = new SipCallTerminalReason("CustomerHangup");

        /// <summary><c>SipProxyTerminate</c>: the SIP proxy ended the call.</summary>
        public static SipCallTerminalReason SipProxyTerminate { get; } = new SipCallTerminalReason("SipProxyTerminate");

        /// <summary><c>DecisionTimeout</c>: no accept or reject arrived in time.</summary>
        public static SipCallTerminalReason DecisionTimeout { get; } = new SipCallTerminalReason("DecisionTimeout");

        /// <summary><c>SetupFailure</c>: the call could not be set up.</summary>
        public static SipCallTerminalReason SetupFailure { get; } = new SipCallTerminalReason("SetupFailure");

        /// <summary><c>TransferSucceeded</c>: the call was transferred.</summary>
        public static SipCallTerminalReason TransferSucceeded { get; } = new SipCallTerminalReason("TransferSucceeded");

        /// <summary><c>RuntimeError</c>: an error ended the call.</summary>
        public static SipCallTerminalReason RuntimeError { get; } = new SipCallTerminalReason("RuntimeError");

        /// <summary>Compares two values by their wire string (ordinal, case-insensitive as the service is).</summary>
        public static bool operator ==(SipCallTerminalReason left, SipCallTerminalReason right) => left.Equals(right);

        /// <summary>Compares two values by their wire string.</summary>
        public static bool operator !=(SipCallTerminalReason left, SipCallTerminalReason right) => !left.Equals(right);

        /// <summary>Converts a wire string to a <see cref="SipCallTerminalReason"/>.</summary>
        public static implicit operator SipCallTerminalReason(string value) => new SipCallTerminalReason(value);

        /// <inheritdoc/>
        public bool Equals(SipCallTerminalReason other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is SipCallTerminalReason other && Equals(other);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

        /// <summary>The wire string.</summary>
        public override string ToString() => _value ?? string.Empty;

        internal sealed class Converter : ExtensibleEnumConverter<SipCallTerminalReason>
        {
            protected override SipCallTerminalReason Create(string value) => new SipCallTerminalReason(value);
        }
    }
}
