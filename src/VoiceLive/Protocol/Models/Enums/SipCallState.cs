using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>The state of a SIP call (preview <c>realtime.call.*</c> events; PascalCase on the wire). Any string is accepted, so a value the service adds later round-trips.</summary>
    [JsonConverter(typeof(Converter))]
    public readonly struct SipCallState : IEquatable<SipCallState>
    {
        private readonly string? _value;

        /// <summary>Creates a value from its wire string; any string is accepted so new values round-trip.</summary>
        /// <param name="value">The wire value.</param>
        public SipCallState(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>WaitingForCustomer</c>: the call waits for the application to accept or reject it.</summary>
        public static SipCallState WaitingForCustomer { get; } = new SipCallState("WaitingForCustomer");

        /// <summary><c>Accepting</c>: the call is being accepted.</summary>
        public static SipCallState Accepting { get; } = new SipCallState("Accepting");

        /// <summary><c>Accepted</c>: the call was accepted.</summary>
        public static SipCallState Accepted { get; } = new SipCallState("Accepted");

        /// <summary><c>Connected</c>: the call is connected.</summary>
        public static SipCallState Connected { get; } = new SipCallState("Connected");

        /// <summary><c>Rejecting</c>: the call is being rejected.</summary>
        public static SipCallState Rejecting { get; } = new SipCallState("Rejecting");

        /// <summary><c>Transferring</c>: the call is being transferred.</summary>
        public static SipCallState Transferring { get; } = new SipCallState("Transferring");

        /// <summary><c>Terminating</c>: the call is ending.</summary>
        public static SipCallState Terminating { get; } = new SipCallState("Terminating");

        /// <summary><c>Disconnected</c>: the call ended.</summary>
        public static SipCallState Disconnected { get; } = new SipCallState("Disconnected");

        /// <summary><c>Failed</c>: the call failed.</summary>
        public static SipCallState Failed { get; } = new SipCallState("Failed");

        /// <summary><c>Expired</c>: the call expired before a decision.</summary>
        public static SipCallState Expired { get; } = new SipCallState("Expired");

        /// <summary>Compares two values by their wire string (ordinal, case-insensitive as the service is).</summary>
        public static bool operator ==(SipCallState left, SipCallState right) => left.Equals(right);

        /// <summary>Compares two values by their wire string.</summary>
        public static bool operator !=(SipCallState left, SipCallState right) => !left.Equals(right);

        /// <summary>Converts a wire string to a <see cref="SipCallState"/>.</summary>
        public static implicit operator SipCallState(string value) => new SipCallState(value);

        /// <inheritdoc/>
        public bool Equals(SipCallState other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is SipCallState other && Equals(other);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

        /// <summary>The wire string.</summary>
        public override string ToString() => _value ?? string.Empty;

        internal sealed class Converter : ExtensibleEnumConverter<SipCallState>
        {
            protected override SipCallState Create(string value) => new SipCallState(value);
        }
    }
}
