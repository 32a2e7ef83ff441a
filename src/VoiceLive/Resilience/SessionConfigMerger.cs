using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace VoiceLive.Resilience
{
    /// <summary>
    /// The session configuration the app has sent, as one JSON object: every <c>session.update</c>'s <c>session</c>
    /// merged in order, the way the service applies them (a member sent replaces the one before; nested objects merge
    /// member by member; arrays and <c>null</c> replace). A resumed session gets it as a single <c>session.update</c>.
    /// </summary>
    internal sealed class SessionConfigMerger
    {
        private readonly object _gate = new object();
        private JsonObject? _merged;

        /// <summary>Merges the <c>session</c> object of one sent <c>session.update</c> event (its whole JSON).</summary>
        public void AddUpdateEvent(ReadOnlySpan<byte> eventJson)
        {
            JsonNode? root = JsonNode.Parse(eventJson.ToArray());
            if (root is not JsonObject evt || !evt.TryGetPropertyValue("session", out JsonNode? session) || session is not JsonObject update)
            {
                return;
            }

            evt.Remove("session");
            lock (_gate)
            {
                _merged ??= new JsonObject();
                Merge(_merged, update);
            }
        }

        /// <summary>The merged configuration as a <c>session.update</c> event, or null when the app never sent one.</summary>
        public byte[]? BuildReplayEvent()
        {
            lock (_gate)
            {
                if (_merged is null)
                {
                    return null;
                }

                var evt = new JsonObject
                {
                    ["type"] = WireNames.SessionUpdate,
                    ["session"] = _merged.DeepClone(),
                };
                using var stream = new System.IO.MemoryStream();
                using (var writer = new Utf8JsonWriter(stream))
                {
                    evt.WriteTo(writer);
                }

                return stream.ToArray();
            }
        }

        /// <summary>The merged configuration's JSON (for tests), or null.</summary>
        public string? MergedJson
        {
            get { lock (_gate) { return _merged?.ToJsonString(); } }
        }

        /// <summary>Merges <paramref name="update"/> into <paramref name="target"/> (RFC 7386 style, except that null is kept as a value).</summary>
        internal static void Merge(JsonObject target, JsonObject update)
        {
            foreach (string name in update.Select(p => p.Key).ToArray())
            {
                JsonNode? value = update[name];
                update.Remove(name);

                // Protocol: null in session.update is a value (for example turn_detection: null switches VAD off), not a removal.
                if (value is JsonObject nested && target[name] is JsonObject existing)
                {
                    Merge(existing, nested);
                }
                else
                {
                    target[name] = value;
                }
            }
        }
    }
}
