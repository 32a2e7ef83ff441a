using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Xunit;

namespace VoiceLive.Tests.Events
{
    /// <summary>Every wire name of the protocol inventory is mapped to a correctly named class with every field.</summary>
    public class EventCoverageTests
    {
        public static IEnumerable<object[]> ServerWires => EventFixtures.ServerWireNames.Select(w => new object[] { w });

        public static IEnumerable<object[]> ClientWires => EventFixtures.ClientWireNames.Select(w => new object[] { w });

        [Theory]
        [MemberData(nameof(ServerWires))]
        public void ServerEventIsMappedNamedAndHasEveryField(string wire)
        {
            JsonTypeInfo? info = ServerEventRegistry.GetTypeInfo(wire);
            Assert.True(info is not null, $"server event '{wire}' is not in ServerEventRegistry");
            AssertClass(info!.Type, "ServerEvent", typeof(ServerEvent), wire, EventFixtures.ServerFields(wire));
            Assert.Equal(wire, ((ServerEvent)Activator.CreateInstance(info.Type)!).Type);
        }

        [Theory]
        [MemberData(nameof(ClientWires))]
        public void ClientEventIsMappedNamedAndHasEveryField(string wire)
        {
            JsonTypeInfo? info = ClientEventRegistry.GetTypeInfo(wire);
            Assert.True(info is not null, $"client event '{wire}' is not in ClientEventRegistry");
            AssertClass(info!.Type, "ClientEvent", typeof(ClientEvent), wire, EventFixtures.ClientFields(wire));
            Assert.Equal(wire, ((ClientEvent)Activator.CreateInstance(info.Type)!).Type);
        }

        [Fact]
        public void RegistriesHoldExactlyTheInventory()
        {
            Assert.Equal(EventFixtures.ServerWireNames.Concat(EventFixtures.GaServerWireNames).OrderBy(w => w, StringComparer.Ordinal), ServerEventRegistry.KnownTypes.OrderBy(w => w, StringComparer.Ordinal));
            Assert.Equal(EventFixtures.ClientWireNames.OrderBy(w => w, StringComparer.Ordinal), ClientEventRegistry.KnownTypes.OrderBy(w => w, StringComparer.Ordinal));
            Assert.Equal(72 + 12, ServerEventRegistry.KnownTypes.Count());
            Assert.Equal(21, ClientEventRegistry.KnownTypes.Count());
        }

        [Fact]
        public void WireNamesHasOneConstantPerWireTypeNamedByThePascalRule()
        {
            Dictionary<string, string> constants = typeof(WireNames)
                .GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral)
                .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!);

            foreach (string wire in EventFixtures.ServerWireNames.Concat(EventFixtures.GaServerWireNames).Concat(EventFixtures.ClientWireNames))
            {
                string name = EventFixtures.Pascal(wire);
                Assert.True(constants.TryGetValue(name, out string? value), $"WireNames.{name} is missing");
                Assert.Equal(wire, value);
            }

            Assert.Equal(72 + 12 + 21, constants.Count);
        }

        [Fact]
        public void The_public_event_type_constants_are_exactly_the_wire_names()
        {
            static Dictionary<string, string> Constants(Type type) => type
                .GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral)
                .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!);

            Dictionary<string, string> server = Constants(typeof(ServerEventType));
            Dictionary<string, string> client = Constants(typeof(ClientEventType));

            Assert.Equal(ServerEventRegistry.KnownTypes.OrderBy(w => w, StringComparer.Ordinal), server.Values.OrderBy(w => w, StringComparer.Ordinal));
            Assert.Equal(ClientEventRegistry.KnownTypes.OrderBy(w => w, StringComparer.Ordinal), client.Values.OrderBy(w => w, StringComparer.Ordinal));
            Assert.All(server.Concat(client), c => Assert.Equal(EventFixtures.Pascal(c.Value), c.Key));
        }

        [Fact]
        public void EveryEventClassIsPublicSealedWithAPublicParameterlessConstructor()
        {
            IEnumerable<Type> eventTypes = typeof(ServerEvent).Assembly.GetTypes()
                .Where(t => (t.IsSubclassOf(typeof(ServerEvent)) || t.IsSubclassOf(typeof(ClientEvent)))
                    && t != typeof(UnknownServerEvent) && t != typeof(MalformedServerEvent)

                    // The library's own events about the connection, never on the wire: built only from what they report.
                    && t != typeof(ConnectionInterruptedEvent) && t != typeof(ConnectionResumedEvent));
            foreach (Type t in eventTypes)
            {
                Assert.True(t.IsPublic && t.IsSealed, t.Name);
                Assert.NotNull(t.GetConstructor(Type.EmptyTypes));
            }
        }

        private static void AssertClass(Type type, string prefix, Type baseType, string wire, IEnumerable<KeyValuePair<string, string>> fields)
        {
            Assert.Equal(prefix + EventFixtures.Pascal(wire), type.Name);
            Assert.True(type.IsSubclassOf(baseType));
            Assert.Equal("VoiceLive", type.Namespace);

            HashSet<string> wireNames = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name)
                .Where(n => n is not null)
                .Select(n => n!)
                .ToHashSet(StringComparer.Ordinal);

            List<string> missing = fields.Select(f => f.Key).Where(f => !wireNames.Contains(f)).ToList();
            Assert.True(missing.Count == 0, $"{type.Name} has no property for: {string.Join(", ", missing)}");
        }
    }
}
