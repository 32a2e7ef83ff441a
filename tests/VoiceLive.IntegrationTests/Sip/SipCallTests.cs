using System;
using System.Linq;
using System.Threading.Tasks;
using Azure;
using VoiceLive.Emulator;
using Xunit;

namespace VoiceLive.IntegrationTests.Sip
{
    /// <summary>SIP end to end against the emulator: REST call control, signed webhooks, and a call's attached connection.</summary>
    public class SipCallTests
    {
        private static VoiceLiveSipClient Sip(VoiceLiveEmulator emulator) => new VoiceLiveSipClient(emulator.Endpoint, new AzureKeyCredential("test-key"));

        private static VoiceLiveClient Client(VoiceLiveEmulator emulator) => new VoiceLiveClient(emulator.Endpoint, new AzureKeyCredential("test-key"), Harness.Options());

        [Fact]
        public async Task An_answered_call_is_a_session_with_call_events_and_ends_after_a_transfer()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            VoiceLiveSipClient sip = Sip(emulator);
            EmulatorSipCall call = await emulator.Sip.RingAsync();

            SipAcceptCallResult accepted = (await sip.AcceptCallAsync(call.CallId, new SipAcceptCallRequest { Model = "gpt-realtime" })).Value;
            Assert.Equal(SipCallState.Accepted, accepted.State);
            Assert.Equal("""{"model":"gpt-realtime"}""", call.AcceptConfiguration);

            await using VoiceLiveConnection connection = await Client(emulator).ConnectToCallAsync(call.CallId, audio: true);
            var reader = new EventReader(connection);
            await reader.WaitForAsync<ServerEventSessionCreated>();
            ServerEventRealtimeCallConnected connected = await reader.WaitForAsync<ServerEventRealtimeCallConnected>();
            Assert.Equal(call.CallId, connected.CallId);
            Assert.Equal(SipCallState.Connected, connected.State);
            Assert.Equal(new[] { ServerEventType.SessionCreated, ServerEventType.RealtimeCallConnected }, reader.Received.Take(2).Select(e => e.Type));
            Assert.Equal("true", emulator.Connections[^1].Query["audio"]);
            Assert.Equal(call.CallId, emulator.Connections[^1].Query["call_id"]);
            Assert.Equal("2026-07-31-preview", emulator.Connections[^1].Query["api-version"]);

            // The attached connection is an ordinary session: a response streams audio.
            await connection.Response.CreateAsync();
            await reader.WaitForAsync<ServerEventResponseAudioDelta>();
            await reader.WaitForAsync<ServerEventResponseDone>();

            SipReferCallResult transfer = (await sip.ReferCallAsync(call.CallId, "sip:+15551234567@pstn.example.com")).Value;
            Assert.Equal(SipCallState.Transferring, transfer.State);
            ServerEventRealtimeCallTransferSucceeded moved = await reader.WaitForAsync<ServerEventRealtimeCallTransferSucceeded>();
            Assert.Equal(transfer.TransferId, moved.TransferId);
            ServerEventRealtimeCallDisconnected ended = await reader.WaitForAsync<ServerEventRealtimeCallDisconnected>();
            Assert.Equal(SipCallTerminalReason.TransferSucceeded, ended.TerminalReason);
            await reader.ReadToEndAsync();
            Assert.True(reader.Ended);
            Assert.Equal("sip:+15551234567@pstn.example.com", call.TransferTarget);
            Assert.Equal(new[] { "realtime.call.incoming", "realtime.call.connected", "realtime.call.transfer.succeeded", "realtime.call.disconnected" }, call.Events);
        }

        [Fact]
        public async Task Webhook_deliveries_are_signed_with_the_registration_secret()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            await using var listener = new WebhookListener();
            VoiceLiveSipClient sip = Sip(emulator);
            var registration = new SipCreateWebhookRequest(listener.Url) { EventTypes = { ServerEventType.RealtimeCallIncoming, ServerEventType.RealtimeCallDisconnected } };
            SipWebhookEndpoint webhook = (await sip.CreateWebhookAsync(registration)).Value;
            Assert.StartsWith("whsec_", webhook.SigningSecret);
            var validator = new SipWebhookValidator(webhook.SigningSecret!);

            EmulatorSipCall call = await emulator.Sip.RingAsync(new EmulatorIncomingCall { From = "sip:+1@example.com" });
            var incoming = await listener.NextAsync();
            SipWebhookEvent evt = validator.Validate(incoming.Body, incoming.Id, incoming.Timestamp, incoming.Signature);
            Assert.Equal(ServerEventType.RealtimeCallIncoming, evt.Type);
            Assert.Equal(call.CallId, evt.Data.CallId);
            Assert.Equal(SipCallState.WaitingForCustomer, evt.Data.State);
            Assert.Equal("sip:+1@example.com", evt.Data.SipHeaders.Single(h => h.Name == "From").Value);

            // A secret that is not the registration's is refused.
            var wrong = new SipWebhookValidator("whsec_" + Convert.ToBase64String(new byte[32]));
            Assert.Equal(SipWebhookSignatureFailure.SignatureMismatch, Assert.Throws<SipWebhookSignatureException>(() => wrong.Validate(incoming.Body, incoming.Id, incoming.Timestamp, incoming.Signature)).Failure);

            // After a rotation the delivery carries both signatures, so a receiver holding either secret accepts it.
            SipWebhookEndpoint rotated = (await sip.RotateWebhookSecretAsync(webhook.Id)).Value;
            Assert.NotEqual(webhook.SigningSecret, rotated.SigningSecret);
            SipRejectCallResult rejected = (await sip.RejectCallAsync(call.CallId, 486, "busy")).Value;
            Assert.Equal(SipCallTerminalReason.Rejected, rejected.TerminalReason);
            var disconnected = await listener.NextAsync();
            Assert.Equal(ServerEventType.RealtimeCallDisconnected, validator.Validate(disconnected.Body, disconnected.Id, disconnected.Timestamp, disconnected.Signature).Type);
            new SipWebhookValidator(rotated.SigningSecret!).Verify(disconnected.Body, disconnected.Id, disconnected.Timestamp, disconnected.Signature);

            // Only the subscribed types are delivered: no realtime.call.connected was sent for this rejected call.
            Assert.Equal(new[] { "realtime.call.incoming", "realtime.call.disconnected" }, emulator.Sip.Deliveries.Select(d => d.Type));
            Assert.All(emulator.Sip.Deliveries, d => Assert.Equal(200, d.Status));
        }

        [Fact]
        public async Task Webhook_management_round_trips_through_the_emulator()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            VoiceLiveSipClient sip = Sip(emulator);
            SipWebhookEndpoint created = (await sip.CreateWebhookAsync(new SipCreateWebhookRequest(new Uri("https://hooks.example.com/sip")) { Name = "a" })).Value;

            Assert.Equal(new[] { "*" }, created.EventTypes);
            Assert.Null((await sip.GetWebhookAsync(created.Id)).Value.SigningSecret);
            SipWebhookEndpoint updated = (await sip.UpdateWebhookAsync(created.Id, new SipUpdateWebhookRequest { Name = "b", Enabled = false })).Value;
            Assert.Equal("b", updated.Name);
            Assert.False(updated.Enabled);
            Assert.Equal(created.Id, (await sip.GetWebhooksAsync()).Value.Single().Id);
            Assert.Equal(204, (await sip.DeleteWebhookAsync(created.Id)).Status);
            RequestFailedException gone = await Assert.ThrowsAsync<RequestFailedException>(() => sip.GetWebhookAsync(created.Id));
            Assert.Equal(404, gone.Status);
            Assert.Equal("webhook_not_found", gone.ErrorCode);

            SipConfiguration configuration = (await sip.CreateOrUpdateConfigurationAsync(new SipUpsertConfigurationRequest { Password = "p", AllowedSourceCidrs = new[] { "203.0.113.10/32" } })).Value;
            Assert.True(configuration.PasswordSet);
            Assert.Equal("203.0.113.10/32", configuration.AllowedSourceCidrs.Single());
        }

        [Fact]
        public async Task Call_control_errors_carry_the_service_code_and_call_state()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            VoiceLiveSipClient sip = Sip(emulator);
            EmulatorSipCall call = await emulator.Sip.RingAsync();

            RequestFailedException unknown = await Assert.ThrowsAsync<RequestFailedException>(() => sip.AcceptCallAsync("call_nope", new SipAcceptCallRequest()));
            Assert.Equal(404, unknown.Status);
            Assert.Equal("call_not_found", unknown.ErrorCode);

            RequestFailedException early = await Assert.ThrowsAsync<RequestFailedException>(() => sip.HangUpCallAsync(call.CallId));
            Assert.Equal(409, early.Status);
            Assert.Equal("invalid_call_state", early.ErrorCode);
            Assert.Equal("WaitingForCustomer", early.Data["state"]);

            await sip.AcceptCallAsync(call.CallId, new SipAcceptCallRequest());
            RequestFailedException badTarget = await Assert.ThrowsAsync<RequestFailedException>(() => sip.ReferCallAsync(call.CallId, "mailto:x@example.com"));
            Assert.Equal(400, badTarget.Status);
            Assert.True(badTarget.Data.Contains("errors.target_uri"));

            await sip.HangUpCallAsync(call.CallId);
            Assert.Equal("CustomerHangup", call.TerminalReason);
            VoiceLiveConnectionException attach = await Assert.ThrowsAsync<VoiceLiveConnectionException>(() => Client(emulator).ConnectToCallAsync(call.CallId));
            Assert.Equal(404, attach.Status);
        }

        [Fact]
        public async Task A_transfer_to_a_busy_target_fails_and_the_call_stays_connected()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            VoiceLiveSipClient sip = Sip(emulator);
            EmulatorSipCall call = await emulator.Sip.RingAsync();
            await sip.AcceptCallAsync(call.CallId, new SipAcceptCallRequest());
            await using VoiceLiveConnection connection = await Client(emulator).ConnectToCallAsync(call.CallId);
            var reader = new EventReader(connection);
            await reader.WaitForAsync<ServerEventRealtimeCallConnected>();

            await sip.ReferCallAsync(call.CallId, "sip:busy@pstn.example.com");

            ServerEventRealtimeCallTransferFailed failed = await reader.WaitForAsync<ServerEventRealtimeCallTransferFailed>();
            Assert.Equal(486, failed.SipCode);
            Assert.Equal("Connected", call.State);
            Assert.Equal(204, (await sip.HangUpCallAsync(call.CallId)).Status);
            Assert.Equal(SipCallTerminalReason.CustomerHangup, (await reader.WaitForAsync<ServerEventRealtimeCallDisconnected>()).TerminalReason);
        }
    }
}
