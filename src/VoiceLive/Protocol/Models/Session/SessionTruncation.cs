using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json.Converters;

namespace VoiceLive
{
    /// <summary>
    /// How the service shortens a conversation that outgrows the model's context (<c>truncation</c>, api-version
    /// <c>v1</c>): <see cref="Auto"/>, <see cref="Disabled"/>, or <see cref="RetainRatio(double)"/>, which drops the
    /// oldest part and keeps the given fraction.
    /// </summary>
    [JsonConverter(typeof(SessionTruncationConverter))]
    public sealed class SessionTruncation
    {
        private SessionTruncation(string type, double? retentionRatio)
        {
            Type = type;
            RetentionRatio = retentionRatio;
        }

        /// <summary>The service's default strategy (the string <c>auto</c>).</summary>
        public static SessionTruncation Auto { get; } = new SessionTruncation("auto", null);

        /// <summary>No truncation (the string <c>disabled</c>): a conversation over the limit fails the response.</summary>
        public static SessionTruncation Disabled { get; } = new SessionTruncation("disabled", null);

        /// <summary>The strategy: <c>auto</c>, <c>disabled</c>, <c>retention_ratio</c>, or a newer one the service sends.</summary>
        public string Type { get; }

        /// <summary>For <c>retention_ratio</c>: the fraction of the conversation kept (0 to 1, <c>retention_ratio</c>).</summary>
        public double? RetentionRatio { get; }

        /// <summary>Truncation that drops the oldest items and keeps <paramref name="ratio"/> of the conversation (<c>{"type":"retention_ratio"}</c>).</summary>
        /// <param name="ratio">The fraction kept, from 0 to 1.</param>
        /// <returns>The truncation setting.</returns>
        public static SessionTruncation RetainRatio(double ratio) => new SessionTruncation("retention_ratio", ratio);

        internal static SessionTruncation Create(string type, double? retentionRatio) => type switch
        {
            "auto" when retentionRatio is null => Auto,
            "disabled" when retentionRatio is null => Disabled,
            _ => new SessionTruncation(type, retentionRatio),
        };
    }
}
