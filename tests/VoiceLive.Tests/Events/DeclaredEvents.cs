using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace VoiceLive.Tests.Events
{
    /// <summary>The event classes as they declare themselves ([WireEvent]), read by reflection: the source eng/ProtocolGen reads.</summary>
    internal static class DeclaredEvents
    {
        /// <summary>Every class of the library that derives from ServerEvent or ClientEvent and stands for a wire event.</summary>
        public static IReadOnlyList<Type> WireEventClasses { get; } = typeof(ServerEvent).Assembly.GetTypes()
            .Where(t => (t.IsSubclassOf(typeof(ServerEvent)) || t.IsSubclassOf(typeof(ClientEvent)))
                && t != typeof(UnknownServerEvent) && t != typeof(MalformedServerEvent)

                // The library's own events about the connection, never on the wire: built only from what they report.
                && t != typeof(ConnectionInterruptedEvent) && t != typeof(ConnectionResumedEvent))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();

        public static WireEventAttribute? Declaration(Type type) => type.GetCustomAttribute<WireEventAttribute>();

        /// <summary>Wire name → class, for every name a server (or client) class declares, GA aliases included.</summary>
        public static Dictionary<string, Type> Names(bool server)
        {
            var names = new Dictionary<string, Type>(StringComparer.Ordinal);
            foreach (Type type in WireEventClasses.Where(t => t.IsSubclassOf(typeof(ServerEvent)) == server))
            {
                WireEventAttribute declared = Declaration(type) ?? throw new InvalidOperationException(type.Name + " has no [WireEvent]");
                names.Add(declared.Name, type);
                if (declared.GaAlias is not null)
                {
                    names.Add(declared.GaAlias, type);
                }
            }

            return names;
        }

        /// <summary>The GA protocol's names: the aliases, and the events that exist only under GA names.</summary>
        public static Dictionary<string, Type> GaNames() => WireEventClasses
            .Select(t => (Type: t, Declared: Declaration(t)))
            .Where(d => d.Declared is not null && d.Type.IsSubclassOf(typeof(ServerEvent)))
            .SelectMany(d => d.Declared!.Group == EventGroup.GaProtocol
                ? new[] { (Name: d.Declared.Name, d.Type) }
                : d.Declared.GaAlias is null ? Array.Empty<(string Name, Type Type)>() : new[] { (Name: d.Declared.GaAlias, d.Type) })
            .ToDictionary(x => x.Name, x => x.Type, StringComparer.Ordinal);
    }
}
