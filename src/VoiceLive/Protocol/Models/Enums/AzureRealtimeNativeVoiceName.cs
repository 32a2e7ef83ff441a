using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>A voice built into the <c>azure-realtime</c> model (<c>name</c> of a voice of type <c>azure-realtime-native</c>). Any string is accepted, so a value the service adds later round-trips.</summary>
    [JsonConverter(typeof(Converter))]
    public readonly struct AzureRealtimeNativeVoiceName : IEquatable<AzureRealtimeNativeVoiceName>
    {
        private readonly string? _value;

        /// <summary>Creates a value from its wire string; any string is accepted so new values round-trip.</summary>
        /// <param name="value">The wire value.</param>
        public AzureRealtimeNativeVoiceName(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>aarti</c>: the native voice <c>aarti</c>.</summary>
        public static AzureRealtimeNativeVoiceName Aarti { get; } = new AzureRealtimeNativeVoiceName("aarti");

        /// <summary><c>andrew</c>: the native voice <c>andrew</c>.</summary>
        public static AzureRealtimeNativeVoiceName Andrew { get; } = new AzureRealtimeNativeVoiceName("andrew");

        /// <summary><c>ava</c>: the native voice <c>ava</c>.</summary>
        public static AzureRealtimeNativeVoiceName Ava { get; } = new AzureRealtimeNativeVoiceName("ava");

        /// <summary><c>denise</c>: the native voice <c>denise</c>.</summary>
        public static AzureRealtimeNativeVoiceName Denise { get; } = new AzureRealtimeNativeVoiceName("denise");

        /// <summary><c>diya</c>: the native voice <c>diya</c>.</summary>
        public static AzureRealtimeNativeVoiceName Diya { get; } = new AzureRealtimeNativeVoiceName("diya");

        /// <summary><c>elsa</c>: the native voice <c>elsa</c>.</summary>
        public static AzureRealtimeNativeVoiceName Elsa { get; } = new AzureRealtimeNativeVoiceName("elsa");

        /// <summary><c>florian</c>: the native voice <c>florian</c>.</summary>
        public static AzureRealtimeNativeVoiceName Florian { get; } = new AzureRealtimeNativeVoiceName("florian");

        /// <summary><c>francisca</c>: the native voice <c>francisca</c>.</summary>
        public static AzureRealtimeNativeVoiceName Francisca { get; } = new AzureRealtimeNativeVoiceName("francisca");

        /// <summary><c>meera</c>: the native voice <c>meera</c>.</summary>
        public static AzureRealtimeNativeVoiceName Meera { get; } = new AzureRealtimeNativeVoiceName("meera");

        /// <summary><c>xiaoxiao</c>: the native voice <c>xiaoxiao</c>.</summary>
        public static AzureRealtimeNativeVoiceName Xiaoxiao { get; } = new AzureRealtimeNativeVoiceName("xiaoxiao");

        /// <summary><c>yunxi</c>: the native voice <c>yunxi</c>.</summary>
        public static AzureRealtimeNativeVoiceName Yunxi { get; } = new AzureRealtimeNativeVoiceName("yunxi");

        /// <summary><c>ximena</c>: the native voice <c>ximena</c>.</summary>
        public static AzureRealtimeNativeVoiceName Ximena { get; } = new AzureRealtimeNativeVoiceName("ximena");

        /// <summary>Compares two values by their wire string (ordinal, case-insensitive as the service is).</summary>
        public static bool operator ==(AzureRealtimeNativeVoiceName left, AzureRealtimeNativeVoiceName right) => left.Equals(right);

        /// <summary>Compares two values by their wire string.</summary>
        public static bool operator !=(AzureRealtimeNativeVoiceName left, AzureRealtimeNativeVoiceName right) => !left.Equals(right);

        /// <summary>Converts a wire string to a <see cref="AzureRealtimeNativeVoiceName"/>.</summary>
        public static implicit operator AzureRealtimeNativeVoiceName(string value) => new AzureRealtimeNativeVoiceName(value);

        /// <inheritdoc/>
        public bool Equals(AzureRealtimeNativeVoiceName other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is AzureRealtimeNativeVoiceName other && Equals(other);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

        /// <summary>The wire string.</summary>
        public override string ToString() => _value ?? string.Empty;

        internal sealed class Converter : ExtensibleEnumConverter<AzureRealtimeNativeVoiceName>
        {
            protected override AzureRealtimeNativeVoiceName Create(string value) => new AzureRealtimeNativeVoiceName(value);
        }
    }
}
