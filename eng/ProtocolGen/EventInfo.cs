using System.Collections.Generic;

namespace VoiceLive.ProtocolGen
{
    /// <summary>One event class as its source declares it.</summary>
    /// <param name="IsServer">True for a <c>ServerEvent</c>, false for a <c>ClientEvent</c>.</param>
    /// <param name="ClassName">The class, <c>ServerEvent</c>/<c>ClientEvent</c> + <see cref="ConstantName"/>.</param>
    /// <param name="Wire">The wire <c>type</c> from <c>[WireEvent]</c>.</param>
    /// <param name="Group">The <c>EventGroup</c> member: the docs/events.md section that lists it.</param>
    /// <param name="GaAlias">The GA protocol's name for the same shape, or null.</param>
    /// <param name="SentBy">For a client event, the connection method that sends it.</param>
    /// <param name="Summary">The class's summary after its leading <c>&lt;c&gt;wire&lt;/c&gt;: </c>, as XML doc text on one line.</param>
    /// <param name="Properties">The class's own wire properties (<c>[JsonPropertyName]</c>), in declaration order.</param>
    /// <param name="Members">The names of every member the class declares, to qualify its summary's crefs elsewhere.</param>
    /// <param name="File">The source file, relative to the repository root.</param>
    internal sealed record EventInfo(
        bool IsServer,
        string ClassName,
        string Wire,
        string Group,
        string? GaAlias,
        string? SentBy,
        string Summary,
        IReadOnlyList<string> Properties,
        IReadOnlySet<string> Members,
        string File)
    {
        /// <summary>The constant's name in WireNames and ServerEventType/ClientEventType.</summary>
        public string ConstantName => ClassName.Substring(IsServer ? "ServerEvent".Length : "ClientEvent".Length);

        /// <summary>The PascalCase rule for names: split on '.' and '_', capitalise each part, join.</summary>
        public static string Pascal(string wire)
        {
            var parts = wire.Split('.', '_');
            for (int i = 0; i < parts.Length; i++)
            {
                parts[i] = parts[i].Length == 0 ? parts[i] : char.ToUpperInvariant(parts[i][0]) + parts[i].Substring(1);
            }

            return string.Concat(parts);
        }
    }
}
