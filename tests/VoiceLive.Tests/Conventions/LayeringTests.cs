using System;
using System.Collections.Generic;
using Xunit;

namespace VoiceLive.Tests.Conventions
{
    /// <summary>
    /// The core's layers, lowest first, and the rule that no type refers to a type of a higher layer: the socket and its
    /// typed errors know nothing of events; the wire format and its vocabulary (events, models, options of the protocol)
    /// know nothing of resources, agents, telemetry or the connection. The top layer, the connection with the features
    /// it exposes, is one layer on purpose: the public API ties them both ways (<c>connection.Tools</c> returns a
    /// <see cref="ToolsResource"/> that sends on that connection), so a rule between them would only list exceptions.
    /// </summary>
    /// <remarks>
    /// A type's layer is its namespace. Public types all live in <c>VoiceLive</c> (one namespace for users), so the
    /// public ones above the vocabulary are named here, and a public exception counts as the lowest layer's error.
    /// References are read from the compiled IL (signatures, attributes and method bodies, closures and state machines
    /// counted as their outermost type), so a lambda cannot hide one.
    /// </remarks>
    public class LayeringTests
    {
        private const int Transport = 0;
        private const int Protocol = 1;
        private const int Top = 2;

        private static readonly string[] s_layerNames = { "Transport and errors", "Protocol and vocabulary", "Connection and features" };

        private static readonly Dictionary<string, int> s_namespaces = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["VoiceLive.Transport"] = Transport,
            ["VoiceLive.Protocol.Models"] = Protocol,
            ["VoiceLive.Protocol.Json"] = Protocol,
            ["VoiceLive.Protocol.Json.Converters"] = Protocol,
            ["VoiceLive.Protocol.Json.FastPath"] = Protocol,
            ["VoiceLive.Audio"] = Top,
            ["VoiceLive.Authentication"] = Top,
            ["VoiceLive.Resources"] = Top,
            ["VoiceLive.Agents"] = Top,
            ["VoiceLive.Diagnostics"] = Top,
            ["VoiceLive.Resilience"] = Top,
            ["VoiceLive.Sip"] = Top,
        };

        // Public (and the two internal connection) types of the root namespace that belong above the vocabulary. Every
        // other root type is vocabulary, and every resource (`…Resource`) is a feature.
        private static readonly HashSet<string> s_topRootTypes = new HashSet<string>(StringComparer.Ordinal)
        {
            "VoiceLive.VoiceLiveConnection",
            "VoiceLive.VoiceLiveConnectionState",
            "VoiceLive.VoiceLiveConnectionReaderSlot",
            "VoiceLive.VoiceLiveClient",
            "VoiceLive.VoiceLiveClientOptions",
            "VoiceLive.VoiceLiveSipClient",
            "VoiceLive.ConversationTracker",
            "VoiceLive.TrackedItem",
            "VoiceLive.AudioPacer",
            "VoiceLive.AudioResampler",
            "VoiceLive.SipWebhookValidator",
            "VoiceLive.SipWebhookSignatureException", // the validator's own error, not the transport's
            "VoiceLive.SipWebhookSignatureFailure",
        };

        private static readonly Lazy<Dictionary<string, HashSet<string>>> s_references =
            new Lazy<Dictionary<string, HashSet<string>>>(() => IlReferences.Of(typeof(VoiceLiveConnection).Assembly.Location));

        /// <summary>The layer of one of the library's types, or null for a type outside its namespaces.</summary>
        private static int? LayerOf(string fullName)
        {
            int dot = fullName.LastIndexOf('.');
            string ns = dot < 0 ? string.Empty : fullName.Substring(0, dot);
            if (s_namespaces.TryGetValue(ns, out int layer))
            {
                return layer;
            }

            if (ns != "VoiceLive")
            {
                return null;
            }

            if (s_topRootTypes.Contains(fullName) || fullName.EndsWith("Resource", StringComparison.Ordinal))
            {
                return Top;
            }

            Type? type = typeof(VoiceLiveConnection).Assembly.GetType(fullName);
            return type is not null && typeof(Exception).IsAssignableFrom(type) ? Transport : Protocol;
        }

        [Fact]
        public void No_type_refers_to_a_type_of_a_higher_layer()
        {
            var violations = new List<string>();
            foreach (KeyValuePair<string, HashSet<string>> type in s_references.Value)
            {
                int? from = LayerOf(type.Key);
                if (from is null)
                {
                    continue;
                }

                foreach (string target in type.Value)
                {
                    int? to = LayerOf(target);
                    if (to > from)
                    {
                        violations.Add($"{type.Key} ({s_layerNames[from.Value]}) -> {target} ({s_layerNames[to.Value]})");
                    }
                }
            }

            violations.Sort(StringComparer.Ordinal);
            Assert.True(violations.Count == 0, "Lower layers refer to higher ones:\n" + string.Join("\n", violations));
        }

        [Fact]
        public void Every_layer_is_populated_so_the_rule_checks_something()
        {
            var counts = new int[s_layerNames.Length];
            foreach (string type in s_references.Value.Keys)
            {
                if (LayerOf(type) is int layer)
                {
                    counts[layer]++;
                }
            }

            Assert.All(counts, count => Assert.True(count > 5, "a layer with almost no types means the namespaces moved: " + string.Join(", ", counts)));
            Assert.Contains("VoiceLive.Transport.HttpUpgradeConnector", s_references.Value.Keys);
        }
    }
}
