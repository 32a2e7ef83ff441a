using System;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Moq;
using Xunit;

namespace VoiceLive.Tests.Sip
{
    public class SipClientTests
    {
        private static readonly Uri Endpoint = new Uri("https://my-resource.services.ai.azure.com");

        private static VoiceLiveSipClient Client(SipHandler handler, Action<VoiceLiveSipClientOptions>? configure = null)
        {
            var options = new VoiceLiveSipClientOptions { Transport = handler.Transport() };
            options.Retry.Delay = TimeSpan.FromMilliseconds(1);
            options.Retry.Mode = RetryMode.Fixed;
            configure?.Invoke(options);
            return new VoiceLiveSipClient(Endpoint, new AzureKeyCredential("secret-key"), options);
        }

        private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

        [Fact]
        public async Task Accept_posts_the_flat_configuration_to_the_call_path_and_reads_the_result()
        {
            var handler = new SipHandler().Answer(200, """{"call_id":"call_abc123","state":"Accepted","voice_live_session_id":"sess_xyz789"}""");
            var request = new SipAcceptCallRequest
            {
                Model = "gpt-realtime",
                Session = new RequestSession { Instructions = "You are a helpful assistant.", Modalities = { Modality.Text, Modality.Audio } },
            };
            request.AdditionalProperties["temperature"] = BinaryData.FromString("0.7");

            Response<SipAcceptCallResult> result = await Client(handler).AcceptCallAsync("call_abc123", request);

            var sent = handler.Requests.Single();
            Assert.Equal("POST", sent.Method.Method);
            Assert.Equal("https://my-resource.services.ai.azure.com/voice-agent/realtime/sip/calls/call_abc123/accept?api-version=2026-07-31-preview", sent.Uri.AbsoluteUri);
            Assert.Equal("secret-key", sent.Headers["api-key"]);
            Assert.StartsWith("application/json", sent.Headers["Content-Type"]);
            JsonElement body = Json(sent.Body);
            Assert.Equal("gpt-realtime", body.GetProperty("model").GetString());
            Assert.Equal("You are a helpful assistant.", body.GetProperty("instructions").GetString());
            Assert.Equal(new[] { "text", "audio" }, body.GetProperty("modalities").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal(0.7, body.GetProperty("temperature").GetDouble());
            Assert.False(body.TryGetProperty("session", out _));
            Assert.Equal("call_abc123", result.Value.CallId);
            Assert.Equal(SipCallState.Accepted, result.Value.State);
            Assert.Equal("sess_xyz789", result.Value.VoiceLiveSessionId);
            Assert.Equal(200, result.GetRawResponse().Status);
        }

        [Fact]
        public void Accept_has_a_synchronous_twin()
        {
            var handler = new SipHandler().Answer(200, """{"call_id":"c","state":"Accepted"}""");
            SipAcceptCallResult result = Client(handler).AcceptCall("c", new SipAcceptCallRequest { Model = "gpt-realtime" }).Value;
            Assert.Equal(SipCallState.Accepted, result.State);
            Assert.Equal("""{"model":"gpt-realtime"}""", handler.Requests.Single().Body);
        }

        [Fact]
        public async Task Reject_sends_status_code_and_reason_and_reads_the_terminal_reason()
        {
            var handler = new SipHandler()
                .Answer(200, """{"call_id":"call_abc123","state":"Disconnected","terminal_reason":"Rejected"}""")
                .Answer(200, """{"call_id":"call_abc123","state":"Disconnected","terminal_reason":"Rejected"}""");
            VoiceLiveSipClient client = Client(handler);

            SipRejectCallResult result = (await client.RejectCallAsync("call_abc123", 486, "busy")).Value;
            await client.RejectCallAsync("call_abc123");

            Assert.EndsWith("/calls/call_abc123/reject?api-version=2026-07-31-preview", handler.Requests[0].Uri.AbsoluteUri);
            Assert.Equal("""{"status_code":486,"reason":"busy"}""", handler.Requests[0].Body);
            Assert.Equal("{}", handler.Requests[1].Body);
            Assert.Equal(SipCallTerminalReason.Rejected, result.TerminalReason);
            Assert.Equal(SipCallState.Disconnected, result.State);
        }

        [Fact]
        public async Task Refer_expects_202_and_reads_the_transfer_id()
        {
            var handler = new SipHandler().Answer(202, """{"call_id":"call_abc123","transfer_id":"xfer_def456","state":"Transferring"}""");

            SipReferCallResult result = (await Client(handler).ReferCallAsync("call_abc123", "sip:+15551234567@pstn.example.com")).Value;

            Assert.EndsWith("/calls/call_abc123/refer?api-version=2026-07-31-preview", handler.Requests[0].Uri.AbsoluteUri);
            Assert.Equal("""{"target_uri":"sip:+15551234567@pstn.example.com"}""", handler.Requests[0].Body);
            Assert.Equal("xfer_def456", result.TransferId);
            Assert.Equal(SipCallState.Transferring, result.State);
        }

        [Fact]
        public async Task Hangup_expects_204()
        {
            var handler = new SipHandler().Answer(204);

            Response response = await Client(handler).HangUpCallAsync("call_abc123", "call_completed");

            Assert.Equal(204, response.Status);
            Assert.EndsWith("/calls/call_abc123/hangup?api-version=2026-07-31-preview", handler.Requests[0].Uri.AbsoluteUri);
            Assert.Equal("""{"reason":"call_completed"}""", handler.Requests[0].Body);
        }

        [Fact]
        public async Task A_call_id_is_escaped_in_the_path()
        {
            var handler = new SipHandler().Answer(204);
            await Client(handler).HangUpCallAsync("a/b c");
            Assert.Contains("/calls/a%2Fb%20c/hangup", handler.Requests[0].Uri.AbsoluteUri);
        }

        [Fact]
        public async Task Bad_arguments_throw_before_anything_is_sent()
        {
            var handler = new SipHandler();
            VoiceLiveSipClient client = Client(handler);
            await Assert.ThrowsAsync<ArgumentException>(() => client.HangUpCallAsync(""));
            await Assert.ThrowsAsync<ArgumentException>(() => client.HangUpCallAsync(new string('x', 257)));
            await Assert.ThrowsAsync<ArgumentException>(() => client.ReferCallAsync("c", " "));
            await Assert.ThrowsAsync<ArgumentNullException>(() => client.AcceptCallAsync("c", null!));
            await Assert.ThrowsAsync<ArgumentException>(() => client.CreateOrUpdateConfigurationAsync(new SipUpsertConfigurationRequest()));
            Assert.Empty(handler.Requests);
            Assert.Throws<ArgumentException>(() => new VoiceLiveSipClient(new Uri("http://example.com"), new AzureKeyCredential("k")));
        }

        [Fact]
        public async Task A_problem_details_error_becomes_a_RequestFailedException_with_the_service_code()
        {
            var handler = new SipHandler().Answer(404, """
                {"type":"https://aka.ms/voicelive/sip/errors/call_not_found","title":"Call not found","status":404,
                 "detail":"There is no call 'call_x'.","code":"call_not_found","retryable":false,"trace_id":"t-1",
                 "sub_code":"expired","call_id":"call_x","state":"Expired","errors":{"call_id":["unknown"]}}
                """);

            RequestFailedException ex = await Assert.ThrowsAsync<RequestFailedException>(() => Client(handler).HangUpCallAsync("call_x"));

            Assert.Equal(404, ex.Status);
            Assert.Equal("call_not_found", ex.ErrorCode);
            Assert.Contains("There is no call 'call_x'.", ex.Message);
            Assert.Equal("call_x", ex.Data["call_id"]);
            Assert.Equal("Expired", ex.Data["state"]);
            Assert.Equal("expired", ex.Data["sub_code"]);
            Assert.Equal("t-1", ex.Data["trace_id"]);
            Assert.Equal("false", ex.Data["retryable"]);
            Assert.Equal("unknown", ex.Data["errors.call_id"]);
            Assert.DoesNotContain("secret-key", ex.Message);
        }

        [Fact]
        public async Task A_body_that_is_not_problem_details_still_fails_with_the_status()
        {
            var handler = new SipHandler().Answer(409, "<html>conflict</html>");
            RequestFailedException ex = await Assert.ThrowsAsync<RequestFailedException>(() => Client(handler).HangUpCallAsync("c"));
            Assert.Equal(409, ex.Status);
            Assert.Null(ex.ErrorCode);
        }

        [Fact]
        public async Task An_unexpected_success_body_is_a_RequestFailedException()
        {
            var handler = new SipHandler().Answer(200, "not json");
            RequestFailedException ex = await Assert.ThrowsAsync<RequestFailedException>(() => Client(handler).AcceptCallAsync("c", new SipAcceptCallRequest()));
            Assert.Equal(200, ex.Status);
            Assert.IsType<JsonException>(ex.InnerException, exactMatch: false);
        }

        [Fact]
        public async Task A_transient_503_is_retried_by_the_pipeline()
        {
            var handler = new SipHandler()
                .Answer(503, """{"code":"service_unavailable","detail":"try later","retryable":true}""")
                .Answer(200, """{"call_id":"c","state":"Accepted"}""");

            SipAcceptCallResult result = (await Client(handler).AcceptCallAsync("c", new SipAcceptCallRequest())).Value;

            Assert.Equal(SipCallState.Accepted, result.State);
            Assert.Equal(2, handler.Requests.Count);
            Assert.All(handler.Requests, r => Assert.Equal("secret-key", r.Headers["api-key"]));
        }

        [Fact]
        public async Task Retries_stop_at_MaxRetries_and_the_last_error_is_thrown()
        {
            var handler = new SipHandler();
            for (int i = 0; i < 3; i++)
            {
                handler.Answer(503, """{"code":"service_unavailable","detail":"down"}""");
            }

            RequestFailedException ex = await Assert.ThrowsAsync<RequestFailedException>(() => Client(handler, o => o.Retry.MaxRetries = 2).HangUpCallAsync("c"));

            Assert.Equal(503, ex.Status);
            Assert.Equal("service_unavailable", ex.ErrorCode);
            Assert.Equal(3, handler.Requests.Count);
        }

        [Fact]
        public async Task A_token_credential_sends_a_bearer_token_for_the_sip_scope()
        {
            var credential = new Mock<TokenCredential>();
            TokenRequestContext? asked = null;
            credential.Setup(c => c.GetTokenAsync(It.IsAny<TokenRequestContext>(), It.IsAny<CancellationToken>()))
                .Callback<TokenRequestContext, CancellationToken>((context, _) => asked = context)
                .ReturnsAsync(new AccessToken("tok-123", DateTimeOffset.UtcNow.AddHours(1)));
            var handler = new SipHandler().Answer(204);
            var client = new VoiceLiveSipClient(Endpoint, credential.Object, new VoiceLiveSipClientOptions { Transport = handler.Transport() });

            await client.DeleteWebhookAsync("wh_abc123");

            Assert.Equal("Bearer tok-123", handler.Requests[0].Headers["Authorization"]);
            Assert.False(handler.Requests[0].Headers.ContainsKey("api-key"));
            Assert.Equal(new[] { "https://cognitiveservices.azure.com/.default" }, asked!.Value.Scopes);
            Assert.Equal("DELETE", handler.Requests[0].Method.Method);
            Assert.EndsWith("/voice-agent/realtime/sip/webhooks/wh_abc123?api-version=2026-07-31-preview", handler.Requests[0].Uri.AbsoluteUri);
        }

        [Fact]
        public async Task The_api_version_option_is_sent()
        {
            var handler = new SipHandler().Answer(204);
            await Client(handler, o => o.ApiVersion = "2027-01-01-preview").HangUpCallAsync("c");
            Assert.EndsWith("?api-version=2027-01-01-preview", handler.Requests[0].Uri.AbsoluteUri);
        }

        [Fact]
        public async Task The_mocking_constructor_allows_a_mocked_client()
        {
            var mock = new Mock<VoiceLiveSipClient>();
            var value = new SipRejectCallResult { CallId = "c", TerminalReason = SipCallTerminalReason.Rejected };
            mock.Setup(c => c.RejectCallAsync("c", null, null, It.IsAny<CancellationToken>()))
                .ReturnsAsync(Response.FromValue(value, Mock.Of<Response>()));

            SipRejectCallResult result = (await mock.Object.RejectCallAsync("c")).Value;

            Assert.Same(value, result);
        }
    }
}
