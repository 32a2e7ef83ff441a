using System;
using System.Collections.Generic;
using VoiceLive.Sip;
using Xunit;

namespace VoiceLive.Tests.Sip
{
    public class SipCallUriTests
    {
        [Theory]
        [InlineData("https://r.services.ai.azure.com", true, "wss://r.services.ai.azure.com/voice-agent/realtime/sip/calls?api-version=2026-07-31-preview&call_id=call_abc123&audio=true")]
        [InlineData("https://r.services.ai.azure.com/base/", false, "wss://r.services.ai.azure.com/base/voice-agent/realtime/sip/calls?api-version=2026-07-31-preview&call_id=call_abc123&audio=false")]
        [InlineData("http://127.0.0.1:5000", false, "ws://127.0.0.1:5000/voice-agent/realtime/sip/calls?api-version=2026-07-31-preview&call_id=call_abc123&audio=false")]
        public void The_attach_url_has_the_call_and_audio_query(string endpoint, bool audio, string expected)
        {
            Uri uri = VoiceLiveSipUriBuilder.BuildCallUri(new Uri(endpoint), "call_abc123", audio, new Dictionary<string, string>());
            Assert.Equal(expected, uri.AbsoluteUri);
        }

        [Fact]
        public void Extra_query_parameters_override_and_secrets_are_refused()
        {
            Uri uri = VoiceLiveSipUriBuilder.BuildCallUri(new Uri("https://r.example"), "c 1", false, new Dictionary<string, string> { ["api-version"] = "2027-01-01-preview" });
            Assert.Equal("wss://r.example/voice-agent/realtime/sip/calls?api-version=2027-01-01-preview&call_id=c%201&audio=false", uri.AbsoluteUri);
            Assert.Throws<ArgumentException>(() => VoiceLiveSipUriBuilder.BuildCallUri(new Uri("https://r.example"), "c", false, new Dictionary<string, string> { ["api-key"] = "k" }));
        }

        [Fact]
        public async System.Threading.Tasks.Task ConnectToCallAsync_refuses_an_empty_call_id()
        {
            var client = new VoiceLiveClient(new Uri("https://r.example"), new Azure.AzureKeyCredential("k"));
            await Assert.ThrowsAsync<ArgumentException>(() => client.ConnectToCallAsync(""));
        }
    }
}
