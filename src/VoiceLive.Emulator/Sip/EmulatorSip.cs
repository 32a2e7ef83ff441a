using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace VoiceLive.Emulator
{
    /// <summary>
    /// The emulator's SIP telephony: the REST control plane under <see cref="BasePath"/> (call accept, reject, refer,
    /// hangup; webhooks; configuration), the call-attach WebSocket (<c>GET …/sip/calls?call_id=…</c>, a session like
    /// <c>/voice-live/realtime</c>), and incoming calls on demand (<see cref="RingAsync"/>). Every call state change
    /// is a <c>realtime.call.*</c> event, sent to the connections attached to the call and, signed the Standard
    /// Webhooks way, to every registered webhook subscribed to it.
    /// </summary>
    public sealed partial class EmulatorSip : IAsyncDisposable
    {
        /// <summary>The path every SIP operation lives under.</summary>
        public const string BasePath = "/voice-agent/realtime/sip";

        private readonly VoiceLiveEmulator _emulator;
        private readonly object _gate = new();
        private readonly Dictionary<string, EmulatorSipCall> _calls = new(StringComparer.Ordinal);
        private readonly Dictionary<string, EmulatorSipWebhook> _webhooks = new(StringComparer.Ordinal);
        private readonly SipWebhookDispatcher _dispatcher = new();
        private JsonObject? _configuration;

        internal EmulatorSip(VoiceLiveEmulator emulator)
        {
            _emulator = emulator;
        }

        /// <summary>Every call so far.</summary>
        public IReadOnlyList<EmulatorSipCall> Calls
        {
            get
            {
                lock (_gate)
                {
                    return _calls.Values.ToArray();
                }
            }
        }

        /// <summary>The registered webhooks.</summary>
        public IReadOnlyList<EmulatorSipWebhook> Webhooks
        {
            get
            {
                lock (_gate)
                {
                    return _webhooks.Values.ToArray();
                }
            }
        }

        /// <summary>Every webhook delivery made so far, in order.</summary>
        public IReadOnlyList<EmulatorSipDelivery> Deliveries => _dispatcher.Deliveries;

        /// <summary>
        /// Simulates an inbound phone call: a new call waiting for the app (<c>WaitingForCustomer</c>) and its
        /// <c>realtime.call.incoming</c> event, delivered to the subscribed webhooks before this returns (the receivers'
        /// answers are in <see cref="Deliveries"/>).
        /// </summary>
        /// <param name="call">Who calls whom; null for a default caller.</param>
        /// <param name="cancellationToken">Cancels waiting for the deliveries.</param>
        /// <returns>The call; pass its <see cref="EmulatorSipCall.CallId"/> around as the service's webhook would.</returns>
        public async Task<EmulatorSipCall> RingAsync(EmulatorIncomingCall? call = null, CancellationToken cancellationToken = default)
        {
            call ??= new EmulatorIncomingCall();
            var created = new EmulatorSipCall(Ids.New("call_"), Ids.New("chain_"), call);
            lock (_gate)
            {
                _calls.Add(created.CallId, created);
            }

            var headers = new JsonArray
            {
                new JsonObject { ["name"] = "From", ["value"] = call.From },
                new JsonObject { ["name"] = "To", ["value"] = call.To },
                new JsonObject { ["name"] = "Call-ID", ["value"] = created.CallId + "@emulator.invalid" },
            };
            await PublishAsync(created, "realtime.call.incoming", new JsonObject { ["sip_headers"] = headers }).WaitAsync(cancellationToken).ConfigureAwait(false);
            return created;
        }

        /// <inheritdoc/>
        public ValueTask DisposeAsync() => _dispatcher.DisposeAsync();

        internal EmulatorSipCall? FindCall(string callId)
        {
            lock (_gate)
            {
                return _calls.GetValueOrDefault(callId);
            }
        }

        /// <summary>
        /// Sends a call event to the attached connections (as a server event) and queues it for the subscribed webhooks;
        /// the task completes when both are done.
        /// </summary>
        private async Task PublishAsync(EmulatorSipCall call, string type, JsonObject? extra = null)
        {
            var data = new JsonObject
            {
                ["call_id"] = call.CallId,
                ["chain_id"] = call.ChainId,
                ["state"] = call.State,
            };
            if (call.TerminalReason is not null)
            {
                data["terminal_reason"] = call.TerminalReason;
            }

            foreach (KeyValuePair<string, JsonNode?> pair in extra ?? new JsonObject())
            {
                data[pair.Key] = pair.Value?.DeepClone();
            }

            call.RecordEvent(type);
            foreach (EmulatorConnection connection in call.Attached())
            {
                await SendToConnectionAsync(connection, type, data).ConfigureAwait(false);
            }

            string eventId = Ids.New("evt_");
            var envelope = new JsonObject
            {
                ["id"] = eventId,
                ["object"] = "event",
                ["created_at"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["type"] = type,
                ["data"] = data.DeepClone(),
            };
            var deliveries = new List<Task>();
            foreach (EmulatorSipWebhook webhook in Webhooks)
            {
                if (webhook.Wants(type))
                {
                    deliveries.Add(_dispatcher.Enqueue(webhook, eventId, type, call.CallId, envelope.ToJsonString(EmulatorJson.Options)));
                }
            }

            await Task.WhenAll(deliveries).ConfigureAwait(false);
        }

        private static Task SendToConnectionAsync(EmulatorConnection connection, string type, JsonObject data)
        {
            JsonObject evt = EmulatorJson.Event(type);
            foreach (KeyValuePair<string, JsonNode?> pair in data)
            {
                if (pair.Key != "sip_headers")
                {
                    evt[pair.Key] = pair.Value?.DeepClone();
                }
            }

            // A connection that already ended has no handler; the event has nowhere to go, as on the service.
            return connection.Handler is null ? Task.CompletedTask : connection.SendRawAsync(evt.ToJsonString(EmulatorJson.Options));
        }

        /// <summary>Ends the call's attached connections, as the service does when the call is over.</summary>
        private static async Task CloseAttachedAsync(EmulatorSipCall call)
        {
            foreach (EmulatorConnection connection in call.Attached())
            {
                if (connection.Handler is not null)
                {
                    await connection.CloseAsync(1000, "The call ended.").ConfigureAwait(false);
                }
            }
        }
    }
}
