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
            Assert.Equal(DeclaredEvents.Names(server: true).Count, ServerEventRegistry.KnownTypes.Count());
            Assert.Equal(DeclaredEvents.Names(server: false).Count, ClientEventRegistry.KnownTypes.Count());
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

            Assert.Equal(DeclaredEvents.Names(server: true).Count + DeclaredEvents.Names(server: false).Count, constants.Count);
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
            Assert.NotEmpty(DeclaredEvents.WireEventClasses);
            foreach (Type t in DeclaredEvents.WireEventClasses)
            {
                Assert.True(t.IsPublic && t.IsSealed, t.Name);
                Assert.NotNull(t.GetConstructor(Type.EmptyTypes));
            }
        }

        [Fact]
        public void Every_event_class_declares_its_wire_name_and_the_registry_maps_each_declared_name_to_it()
        {
            foreach (Type t in DeclaredEvents.WireEventClasses)
            {
                WireEventAttribute? declared = DeclaredEvents.Declaration(t);
                Assert.True(declared is not null, $"{t.Name} has no [WireEvent]: eng/ProtocolGen cannot list it");
                bool server = t.IsSubclassOf(typeof(ServerEvent));
                object instance = Activator.CreateInstance(t)!;
                Assert.Equal(declared!.Name, server ? ((ServerEvent)instance).Type : ((ClientEvent)instance).Type);
                Assert.Same(t, (server ? ServerEventRegistry.GetTypeInfo(declared.Name) : ClientEventRegistry.GetTypeInfo(declared.Name))?.Type);
                if (declared.GaAlias is not null)
                {
                    Assert.True(server, $"{t.Name}: only server events have GA aliases");
                    Assert.Same(t, ServerEventRegistry.GetTypeInfo(declared.GaAlias)?.Type);
                }
            }
        }

        [Fact]
        public void Every_client_event_names_a_connection_method_that_exists()
        {
            foreach (Type t in DeclaredEvents.WireEventClasses.Where(t => t.IsSubclassOf(typeof(ClientEvent))))
            {
                string sentBy = DeclaredEvents.Declaration(t)!.SentBy ?? throw new Xunit.Sdk.XunitException($"{t.Name} has no SentBy");
                string[] path = sentBy.Split('.');
                Type owner = typeof(VoiceLiveConnection);
                foreach (string property in path.Take(path.Length - 1))
                {
                    owner = owner.GetProperty(property, BindingFlags.Public | BindingFlags.Instance)?.PropertyType
                        ?? throw new Xunit.Sdk.XunitException($"{t.Name}: SentBy \"{sentBy}\": {owner.Name} has no property {property}");
                }

                Assert.True(owner.GetMethods(BindingFlags.Public | BindingFlags.Instance).Any(m => m.Name == path[^1]), $"{t.Name}: SentBy \"{sentBy}\": {owner.Name} has no method {path[^1]}");
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
