using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>What conversation context a Foundry agent tool receives (<c>agent_context_type</c>, preview). Any string is accepted, so a value the service adds later round-trips.</summary>
    [JsonConverter(typeof(Converter))]
    public readonly struct FoundryAgentContextType : IEquatable<FoundryAgentContextType>
    {
        private readonly string? _value;

        /// <summary>Creates a value from its wire string; any string is accepted so new values round-trip.</summary>
        /// <param name="value">The wire value.</param>
        public FoundryAgentContextType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>no_context</c>: the agent sees only the call's arguments.</summary>
        public static FoundryAgentContextType NoContext { get; } = new FoundryAgentContextType("no_context");

        /// <summary><c>agent_context</c>: the agent sees the conversation context; the default.</summary>
        public static FoundryAgentContextType AgentContext { get; } = new FoundryAgentContextType("agent_context");

        /// <summary>Compares two values by their wire string (ordinal, case-insensitive as the service is).</summary>
        public static bool operator ==(FoundryAgentContextType left, FoundryAgentContextType right) => left.Equals(right);

        /// <summary>Compares two values by their wire string.</summary>
        public static bool operator !=(FoundryAgentContextType left, FoundryAgentContextType right) => !left.Equals(right);

        /// <summary>Converts a wire string to a <see cref="FoundryAgentContextType"/>.</summary>
        public static implicit operator FoundryAgentContextType(string value) => new FoundryAgentContextType(value);

        /// <inheritdoc/>
        public bool Equals(FoundryAgentContextType other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is FoundryAgentContextType other && Equals(other);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

        /// <summary>The wire string.</summary>
        public override string ToString() => _value ?? string.Empty;

        internal sealed class Converter : ExtensibleEnumConverter<FoundryAgentContextType>
        {
            protected override FoundryAgentContextType Create(string value) => new FoundryAgentContextType(value);
        }
    }
}
