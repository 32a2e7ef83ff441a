using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Azure;
using Xunit;

namespace VoiceLive.Tests.Sip
{
    public class SipWebhookClientTests
    {
        // The spec's Webhooks_Create example answer.
        private const string Endpoint = """
            {"object":"webhook.endpoint","id":"wh_abc123","name":"Production SIP Webhook","url":"https://your-domain.com/webhooks/sip",
             "event_types":["realtime.call.incoming","realtime.call.connected","realtime.call.disconnected"],
             "support_info":{"display_name":"John Doe","contact_email":"john.doe@example.com","description":"Primary support contact for production webhooks"},
             "enabled":true,"created_at":1718640600,"updated_at":1718640600,"signing_secret":"whsec_examplesecretvalue","signing_secret_hint":"abc1"}
            """;

        private static VoiceLiveSipClient Client(SipHandler handler)
            => new VoiceLiveSipClient(new Uri("https://my-resource.services.ai.azure.com/"), new AzureKeyCredential("k"), new VoiceLiveSipClientOptions { Transport = handler.Transport() });

        [Fact]
        public async Task Create_sends_the_registration_and_reads_the_secret()
        {
            var handler = new SipHandler().Answer(200, Endpoint).Answer(200, Endpoint);
            var request = new SipCreateWebhookRequest(new Uri("https://your-domain.com/webhooks/sip"))
            {
                Name = "Production SIP Webhook",
                EventTypes = { "realtime.call.incoming", "realtime.call.connected" },
                SupportInfo = new SipWebhookSupportInfo { DisplayName = "John Doe", ContactEmail = "john.doe@example.com" },
            };

            SipWebhookEndpoint created = (await Client(handler).CreateWebhookAsync(request)).Value;
            await Client(handler).CreateWebhookAsync(new SipCreateWebhookRequest(new Uri("https://x.example/h")));

            Assert.Equal("https://my-resource.services.ai.azure.com/voice-agent/realtime/sip/webhooks?api-version=2026-07-31-preview", handler.Requests[0].Uri.AbsoluteUri);
            Assert.Equal(
                """{"name":"Production SIP Webhook","url":"https://your-domain.com/webhooks/sip","event_types":["realtime.call.incoming","realtime.call.connected"],"support_info":{"display_name":"John Doe","contact_email":"john.doe@example.com"}}""",
                handler.Requests[0].Body);

            // No event types: the member is left out so that the service's default ("*") applies.
            Assert.Equal("""{"url":"https://x.example/h"}""", handler.Requests[1].Body);
            Assert.Equal("wh_abc123", created.Id);
            Assert.Equal("whsec_examplesecretvalue", created.SigningSecret);
            Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1718640600), created.CreatedAt);
            Assert.Equal(3, created.EventTypes.Count);
            Assert.Equal("John Doe", created.SupportInfo!.DisplayName);
            Assert.True(created.Enabled);
        }

        [Fact]
        public async Task List_returns_the_data_of_the_list_envelope()
        {
            var handler = new SipHandler().Answer(200, """{"object":"list","data":[""" + Endpoint + "," + Endpoint.Replace("wh_abc123", "wh_2") + "]}");

            Response<IReadOnlyList<SipWebhookEndpoint>> list = await Client(handler).GetWebhooksAsync();

            Assert.Equal("GET", handler.Requests[0].Method.Method);
            Assert.Equal(string.Empty, handler.Requests[0].Body);
            Assert.Equal(new[] { "wh_abc123", "wh_2" }, list.Value.Select(w => w.Id));
        }

        [Fact]
        public async Task Get_update_rotate_and_delete_use_their_paths()
        {
            var handler = new SipHandler().Answer(200, Endpoint).Answer(200, Endpoint).Answer(200, Endpoint).Answer(204);
            VoiceLiveSipClient client = Client(handler);

            await client.GetWebhookAsync("wh_abc123");
            await client.UpdateWebhookAsync("wh_abc123", new SipUpdateWebhookRequest { Enabled = false, EventTypes = new List<string>() });
            SipWebhookEndpoint rotated = client.RotateWebhookSecret("wh_abc123").Value;
            client.DeleteWebhook("wh_abc123");

            string[] calls = handler.Requests.Select(r => r.Method.Method + " " + r.Uri.AbsolutePath).ToArray();
            Assert.Equal(new[]
            {
                "GET /voice-agent/realtime/sip/webhooks/wh_abc123",
                "POST /voice-agent/realtime/sip/webhooks/wh_abc123",
                "POST /voice-agent/realtime/sip/webhooks/wh_abc123/rotate_secret",
                "DELETE /voice-agent/realtime/sip/webhooks/wh_abc123",
            }, calls);

            // Update sends only what was set; an explicit empty list is sent as such.
            Assert.Equal("""{"event_types":[],"enabled":false}""", handler.Requests[1].Body);
            Assert.Equal(string.Empty, handler.Requests[2].Body);
            Assert.Equal("whsec_examplesecretvalue", rotated.SigningSecret);
        }

        [Fact]
        public async Task Configuration_upsert_sends_the_members_set_and_reads_the_configuration()
        {
            // The spec's Configurations_CreateOrUpdate example answer.
            var handler = new SipHandler().Answer(200, """
                {"id":"sip_configuration","object":"sip.configuration","password_set":true,"allowed_source_cidrs":["203.0.113.10/32","2001:db8::/48"],
                 "call_identity":{"internal_id":"0123456789abcdef0123456789abcdef","resource_id":"/subscriptions/s/resourceGroups/g/providers/Microsoft.CognitiveServices/accounts/a",
                 "subscription_id":"s","tenant_id":"t","product_id":"voice-live-sip"},
                 "voice_live_agent_configuration":{"model":"gpt-realtime","session":{"voice":"alloy"}},"created_at":1784073600,"updated_at":1784073600}
                """);

            SipConfiguration configuration = (await Client(handler).CreateOrUpdateConfigurationAsync(new SipUpsertConfigurationRequest
            {
                Password = "digest-password",
                AllowedSourceCidrs = new List<string> { "203.0.113.10/32" },
                VoiceLiveAgentConfiguration = BinaryData.FromString("""{"model":"gpt-realtime"}"""),
            })).Value;

            Assert.EndsWith("/voice-agent/realtime/sip/configurations?api-version=2026-07-31-preview", handler.Requests[0].Uri.AbsoluteUri);
            Assert.Equal("""{"password":"digest-password","allowed_source_cidrs":["203.0.113.10/32"],"voice_live_agent_configuration":{"model":"gpt-realtime"}}""", handler.Requests[0].Body);
            Assert.True(configuration.PasswordSet);
            Assert.Equal(2, configuration.AllowedSourceCidrs.Count);
            Assert.Equal("voice-live-sip", configuration.CallIdentity!.ProductId);
            Assert.Equal("gpt-realtime", JsonDocument.Parse(configuration.VoiceLiveAgentConfiguration!.ToString()).RootElement.GetProperty("model").GetString());
            Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1784073600), configuration.UpdatedAt);
        }
    }
}
