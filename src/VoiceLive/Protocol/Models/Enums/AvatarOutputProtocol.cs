using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>How avatar video reaches the client (<c>avatar.output_protocol</c>). Any string is accepted, so a value the service adds later round-trips.</summary>
    [JsonConverter(typeof(Converter))]
    public readonly struct AvatarOutputProtocol : IEquatable<AvatarOutputProtocol>
    {
        private readonly string? _value;

        /// <summary>Creates a value from its wire string; any string is accepted so new values round-trip.</summary>
        /// <param name="value">The wire value.</param>
        public AvatarOutputProtocol(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>webrtc</c>: a WebRTC peer connection negotiated with <c>session.avatar.connect</c>; the default.</summary>
        public static AvatarOutputProtocol WebRtc { get; } = new AvatarOutputProtocol("webrtc");

        /// <summary><c>websocket</c>: video frames over this WebSocket as <c>response.video.delta</c> events.</summary>
        public static AvatarOutputProtocol WebSocket { get; } = new AvatarOutputProtocol("websocket");

        /// <summary>Compares two values by their wire string (ordinal, case-insensitive as the service is).</summary>
        public static bool operator ==(AvatarOutputProtocol left, AvatarOutputProtocol right) => left.Equals(right);

        /// <summary>Compares two values by their wire string.</summary>
        public static bool operator !=(AvatarOutputProtocol left, AvatarOutputProtocol right) => !left.Equals(right);

        /// <summary>Converts a wire string to a <see cref="AvatarOutputProtocol"/>.</summary>
        public static implicit operator AvatarOutputProtocol(string value) => new AvatarOutputProtocol(value);

        /// <inheritdoc/>
        public bool Equals(AvatarOutputProtocol other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is AvatarOutputProtocol other && Equals(other);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

        /// <summary>The wire string.</summary>
        public override string ToString() => _value ?? string.Empty;

        internal sealed class Converter : ExtensibleEnumConverter<AvatarOutputProtocol>
        {
            protected override AvatarOutputProtocol Create(string value) => new AvatarOutputProtocol(value);
        }
    }
}
