using System;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;

namespace VoiceLive
{
    /// <summary>
    /// The <c>api-version</c> query parameter of the Voice Live endpoint. The known versions are static values; any
    /// other string is accepted so a version released after this library can be used without an update.
    /// </summary>
    [SuppressMessage("Naming", "CA1707:Identifiers should not contain underscores", Justification = "Each version is named after its dated wire value (2026-07-15 is V2026_07_15), as Azure SDK service versions are.")]
    public readonly struct VoiceLiveApiVersion : IEquatable<VoiceLiveApiVersion>
    {
        private readonly string? _value;

        /// <summary>Creates a version from its wire string (for example <c>2026-07-15</c>).</summary>
        /// <param name="value">The <c>api-version</c> value.</param>
        public VoiceLiveApiVersion(string value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new ArgumentException("An API version must not be empty.", nameof(value));
            }

            _value = value;
        }

        /// <summary><c>2025-05-01-preview</c>: the first public preview.</summary>
        public static VoiceLiveApiVersion V2025_05_01_Preview { get; } = new VoiceLiveApiVersion("2025-05-01-preview");

        /// <summary><c>2025-10-01</c>: the first generally available version.</summary>
        public static VoiceLiveApiVersion V2025_10_01 { get; } = new VoiceLiveApiVersion("2025-10-01");

        /// <summary><c>2026-01-01-preview</c>: MCP tools, interim responses.</summary>
        public static VoiceLiveApiVersion V2026_01_01_Preview { get; } = new VoiceLiveApiVersion("2026-01-01-preview");

        /// <summary><c>2026-04-10</c>: generally available.</summary>
        public static VoiceLiveApiVersion V2026_04_10 { get; } = new VoiceLiveApiVersion("2026-04-10");

        /// <summary><c>2026-06-01-preview</c>: streamed text input, avatar output buffer control, echo-cancellation reference.</summary>
        public static VoiceLiveApiVersion V2026_06_01_Preview { get; } = new VoiceLiveApiVersion("2026-06-01-preview");

        /// <summary><c>2026-07-15</c>: the current generally available version, and the default.</summary>
        public static VoiceLiveApiVersion V2026_07_15 { get; } = new VoiceLiveApiVersion("2026-07-15");

        /// <summary><c>2026-07-31-preview</c>: SIP telephony events and the newest preview features.</summary>
        public static VoiceLiveApiVersion V2026_07_31_Preview { get; } = new VoiceLiveApiVersion("2026-07-31-preview");

        /// <summary><c>v1</c>: the evergreen label-based version, which speaks the OpenAI GA Realtime shape (nested session, GA event names); the connection translates the same models to it.</summary>
        public static VoiceLiveApiVersion V1 { get; } = new VoiceLiveApiVersion("v1");

        /// <summary>The version this library is written and tested against.</summary>
        public static VoiceLiveApiVersion Default => V2026_07_15;

        /// <summary>Compares two versions by their strings (ordinal, case-insensitive).</summary>
        public static bool operator ==(VoiceLiveApiVersion left, VoiceLiveApiVersion right) => left.Equals(right);

        /// <summary>Compares two versions by their strings.</summary>
        public static bool operator !=(VoiceLiveApiVersion left, VoiceLiveApiVersion right) => !left.Equals(right);

        /// <summary>Converts a string to a version.</summary>
        public static implicit operator VoiceLiveApiVersion(string value) => new VoiceLiveApiVersion(value);

        /// <inheritdoc/>
        public bool Equals(VoiceLiveApiVersion other) => string.Equals(ToString(), other.ToString(), StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is VoiceLiveApiVersion other && Equals(other);

        /// <inheritdoc/>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(ToString());

        /// <summary>The <c>api-version</c> string; the default version for a <c>default</c> struct.</summary>
        public override string ToString() => _value ?? "2026-07-15";
    }
}
